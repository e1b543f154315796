package id.gugus.exchange;

import id.gugus.cases.CtdcAgeBand;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.Gender;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.common.CountryCode;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.Level;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The quasi-identifiers of {@link CtdcMicrodata}: what someone who knows a victim (a neighbour, a
 * journalist, the recruiter) may know of them, and so could look the victim up by in a published
 * file. Each has a generalisation hierarchy: level 0 is the most detailed text, each level above
 * coarser, and the top level ({@link #top()}) the empty text, which says nothing and so is also
 * how a suppressed value is written. A generalised text is consistent with a victim when it is
 * the victim's own value generalised to that level ({@link #text(TraffickingCase, Victim, int)}); the hierarchies nest, so the
 * text at a level is a function of the text below it.
 *
 * <p>A victim's value is first taken at level 0 as a short "raw" text ({@link #raw}); the raw
 * texts of every victim are what {@link CtdcMicrodata} holds in memory between its two passes.
 */
public enum QuasiIdentifier {
    /** {@code yearOfRegistration}: the year the case was reported; then the five-year planning period (RPJMN, 2020–2024); then nothing. */
    YEAR("yearOfRegistration", 2) {
        @Override
        String raw(TraffickingCase trafficking, Victim victim) {
            return Integer.toString(trafficking.reportedOn().getYear());
        }

        @Override
        String generalise(String raw, int level) {
            if (level == 0) {
                return raw;
            }
            int from = Math.floorDiv(Integer.parseInt(raw), 5) * 5;
            return from + "-" + (from + 4);
        }
    },
    /** {@code gender}: CTDC's Female, Male, Transgender or Other (the stated gender; the registered sex where none was stated); then nothing. */
    GENDER("gender", 1) {
        @Override
        String raw(TraffickingCase trafficking, Victim victim) {
            if (victim.gender() == null || victim.gender() == Gender.NOT_SPECIFIED) {
                return switch (victim.sex()) {
                    case FEMALE -> "Female";
                    case MALE -> "Male";
                };
            }
            return switch (victim.gender()) {
                case FEMININE -> "Female";
                case MASCULINE -> "Male";
                case TRANSGENDER_FEMININE, TRANSGENDER_MASCULINE -> "Transgender";
                case NON_CONFORMING -> "Other";
                case NOT_SPECIFIED -> throw new AssertionError("the sex is taken instead");
            };
        }

        @Override
        String generalise(String raw, int level) {
            return raw;
        }
    },
    /** {@code ageBroad}: CTDC's age band at trafficking ({@link CtdcAgeBand}); then Minor or Adult; then nothing. */
    AGE("ageBroad", 2) {
        @Override
        String raw(TraffickingCase trafficking, Victim victim) {
            OptionalInt age = victim.ageWhenTrafficked();
            return age.isPresent() ? CtdcAgeBand.of(age.getAsInt()).name() : UNKNOWN;
        }

        @Override
        String generalise(String raw, int level) {
            if (raw.equals(UNKNOWN)) {
                return raw;
            }
            CtdcAgeBand band = CtdcAgeBand.valueOf(raw);
            if (level == 1) {
                return band.to() < 18 ? "Minor" : "Adult";
            }
            return band.to() == Integer.MAX_VALUE ? band.from() + "+" : band.from() + "-" + band.to();
        }
    },
    /** {@code citizenship}: the country (ISO alpha-2, as CTDC); then Indonesia or the region; then Indonesia or foreign; then nothing. */
    CITIZENSHIP("citizenship", 3) {
        @Override
        String raw(TraffickingCase trafficking, Victim victim) {
            return victim.citizenship().value();
        }

        @Override
        String generalise(String raw, int level) {
            return country(raw, level, "foreign");
        }
    },
    /** {@code gugus_OriginArea} (CTDC has none): the regency or city of origin; then its province; then Indonesia; then nothing. */
    ORIGIN("gugus_OriginArea", 3) {
        @Override
        String raw(TraffickingCase trafficking, Victim victim) {
            JurisdictionCode origin = victim.origin();
            if (origin == null || origin.level() == Level.NATIONAL) {
                return UNKNOWN;
            }
            return origin.level().compareTo(Level.REGENCY) > 0 ? origin.ancestorAt(Level.REGENCY).value() : origin.value();
        }

        @Override
        String generalise(String raw, int level) {
            if (raw.equals(UNKNOWN) || level == 0) {
                return raw;
            }
            return level == 1 ? JurisdictionCode.of(raw).ancestorAt(Level.PROVINCE).value() : JurisdictionCode.NATIONAL.value();
        }
    },
    /**
     * {@code typeOfExploitConcatenated}: the purposes as Gugus records them; then CTDC's
     * categories (forced labour, sexual exploitation, ...); then Labour, Sexual, Sexual and labour or Other; then nothing.
     */
    EXPLOITATION("typeOfExploitConcatenated", 3) {
        @Override
        String raw(TraffickingCase trafficking, Victim victim) {
            Set<ExploitationType> purposes = victim.elements().purposes();
            return purposes.isEmpty() ? UNKNOWN : EnumSet.copyOf(purposes).stream().map(Enum::name)
                    .collect(Collectors.joining(HtcdsField.SEPARATOR));
        }

        @Override
        String generalise(String raw, int level) {
            if (raw.equals(UNKNOWN) || level == 0) {
                return raw;
            }
            Set<CtdcExploitation> categories = CtdcExploitation.of(raw);
            if (level == 1) {
                return categories.stream().map(CtdcExploitation::label).collect(Collectors.joining(HtcdsField.SEPARATOR));
            }
            return CtdcExploitation.broad(categories);
        }
    },
    /** {@code CountryOfExploitation}: the country (ISO alpha-2); then Indonesia or the region; then Indonesia or abroad; then nothing. */
    DESTINATION("CountryOfExploitation", 3) {
        @Override
        String raw(TraffickingCase trafficking, Victim victim) {
            CountryCode country = victim.exploitation().country();
            if (country == null && trafficking.route().exploitation() != null) {
                country = trafficking.route().exploitation().country();
            }
            return country == null ? UNKNOWN : country.value();
        }

        @Override
        String generalise(String raw, int level) {
            return country(raw, level, "abroad");
        }
    };

    /** The text of a value not recorded (an unknown age, origin or destination), at every level below the top. */
    public static final String UNKNOWN = "unknown";
    /** The text of a suppressed value, and of every value at the top level: nothing. */
    public static final String SUPPRESSED = "";

    private final String header;
    private final int top;

    QuasiIdentifier(String header, int top) {
        this.header = header;
        this.top = top;
    }

    /** The column of the microdata file: CTDC's name, or a {@code gugus_} name where CTDC has none. */
    public String header() {
        return header;
    }

    /** The highest level: every value written as {@link #SUPPRESSED}, the attribute left out in effect. */
    public int top() {
        return top;
    }

    /** The victim's value at level 0, as held in memory between the passes. */
    abstract String raw(TraffickingCase trafficking, Victim victim);

    /** The text of a raw value at a level below the top. */
    abstract String generalise(String raw, int level);

    /** The text written for a victim whose raw value is {@code raw}, at {@code level} (the top gives {@link #SUPPRESSED}). */
    String text(String raw, int level) {
        if (level < 0 || level > top()) {
            throw new IllegalArgumentException(this + " has no level " + level);
        }
        return level == top() ? SUPPRESSED : generalise(raw, level);
    }

    /** The text of {@code victim} in {@code trafficking} at {@code level}: what a file row consistent with the victim holds. */
    public String text(TraffickingCase trafficking, Victim victim, int level) {
        return text(raw(trafficking, victim), level);
    }

    /** Country, then Indonesia or the region, then Indonesia or {@code elsewhere}. */
    private static String country(String raw, int level, String elsewhere) {
        if (raw.equals(UNKNOWN)) {
            return raw;
        }
        CountryCode country = CountryCode.of(raw);
        if (level == 0 || country.isIndonesia()) {
            return WorldRegion.alpha2(country);
        }
        return level == 1 ? WorldRegion.of(country).label() : elsewhere;
    }
}
