package id.gugus.cases;

import id.gugus.common.CountryCode;
import id.gugus.common.Texts;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.Level;
import java.time.Year;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The group one row of {@link Statistics} stands for under one {@link Dimension}: a value of the
 * dimension's {@link Dimension#keyType() key type}, or unknown (a victim without a recorded age,
 * a case without a place of exploitation...). The typed accessors ({@link #area()},
 * {@link #sex()}, {@link #ageBand()}, {@link #country()}, {@link #exploitationType()},
 * {@link #year()}, {@link #traffickingStatus()}, {@link #controlMethod()}, {@link #labourSector()},
 * {@link #recruiterRelation()}) are empty for the unknown key, so a caller cannot mistake it for a value;
 * asking a key for a type its dimension does not have is a programming error
 * ({@link IllegalStateException}).
 *
 * <p>The text form ({@link #text()}) is what stores group by and exports show: the code of an
 * area ({@code 61.71}) or country ({@code KHM}), the enum name ({@code AGE_13_17}), the year
 * ({@code 2025}), or {@value #UNKNOWN_TEXT}. {@link #parse} reads it back.
 *
 * <p>Keys of one dimension sort as the rows of a table should: enum keys (sexes, age bands,
 * exploitation types, trafficking statuses, control methods, labour sectors, recruiter relations)
 * in the order their enums declare (so {@code AGE_6_12} comes before {@code AGE_13_17}),
 * codes, countries and years by their text, and the unknown key last.
 */
public final class StatisticsKey implements Comparable<StatisticsKey> {
    /** The text form of the unknown key. */
    public static final String UNKNOWN_TEXT = "UNKNOWN";

    private static final Pattern YEAR = Pattern.compile("[1-9][0-9]{3}");
    private static final Comparator<StatisticsKey> ORDER = Comparator
            .comparing(StatisticsKey::dimension)
            .thenComparing(StatisticsKey::isUnknown)
            .thenComparing(StatisticsKey::valueOrder)
            .thenComparing(StatisticsKey::text);

    private final Dimension dimension;
    /** Null for the unknown key, else an instance of {@code dimension.keyType()}. */
    private final Object value;

    private StatisticsKey(Dimension dimension, Object value) {
        this.dimension = dimension;
        this.value = value;
    }

    /**
     * The key of {@code value} under {@code dimension}.
     *
     * @throws IllegalArgumentException if the value is not of the dimension's key type, or is an
     *     area code of another level than the dimension's (a district code for {@code REGENCY})
     */
    public static StatisticsKey of(Dimension dimension, Object value) {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
        if (!dimension.keyType().isInstance(value)) {
            throw new IllegalArgumentException("a key of the statistics by " + dimension + " holds a "
                    + dimension.keyType().getSimpleName() + ", not a " + value.getClass().getSimpleName());
        }
        if (value instanceof JurisdictionCode code && !dimension.areaLevel().orElseThrow().equals(code.level())) {
            throw new IllegalArgumentException("a key of the statistics by " + dimension + " is a code at level "
                    + dimension.areaLevel().orElseThrow() + ", not " + code);
        }
        return new StatisticsKey(dimension, value);
    }

    /** The group of the cases or victims whose value under {@code dimension} is not recorded. */
    public static StatisticsKey unknown(Dimension dimension) {
        return new StatisticsKey(Objects.requireNonNull(dimension, "dimension"), null);
    }

    /**
     * Reads a key from its {@link #text() text form}, e.g. what a database grouped by or what an
     * export wrote.
     *
     * @throws ValidationException {@code CASE-STATISTICS-KEY}, naming the dimension, if the text is
     *     no key of it (an unknown enum name, a code of another level, a year that is not four digits)
     */
    public static StatisticsKey parse(Dimension dimension, String text) {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(text, "text");
        if (text.equals(UNKNOWN_TEXT)) {
            return unknown(dimension);
        }
        Class<?> type = dimension.keyType();
        try {
            if (type == JurisdictionCode.class) {
                return of(dimension, JurisdictionCode.of(text));
            }
            if (type == CountryCode.class) {
                return of(dimension, CountryCode.of(text));
            }
            if (type == Year.class && YEAR.matcher(text).matches()) {
                return of(dimension, Year.of(Integer.parseInt(text)));
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(text)) {
                        return of(dimension, constant);
                    }
                }
            }
        } catch (ValidationException | IllegalArgumentException notAKey) {
            // A malformed code or a code of another level: reported below as what it is here.
        }
        throw ValidationException.invalidValue(CaseRule.STATISTICS_KEY, "key", Texts.echo(text),
                dimension.name(), example(dimension));
    }

    public Dimension dimension() {
        return dimension;
    }

    /** True for the group of cases or victims whose value is not recorded. */
    public boolean isUnknown() {
        return value == null;
    }

    /** The text form: a code, an enum name, a year, or {@value #UNKNOWN_TEXT}. */
    public String text() {
        if (value == null) {
            return UNKNOWN_TEXT;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    /** The area of a key by {@code PROVINCE}, {@code REGENCY}, {@code ORIGIN_PROVINCE} or {@code ORIGIN_REGENCY}. */
    public Optional<JurisdictionCode> area() {
        return value(JurisdictionCode.class);
    }

    /** The sex of a key by {@code SEX}. */
    public Optional<Sex> sex() {
        return value(Sex.class);
    }

    /** The age band of a key by {@code AGE_BAND}. */
    public Optional<AgeBand> ageBand() {
        return value(AgeBand.class);
    }

    /** The country of a key by {@code CITIZENSHIP} or {@code DESTINATION_COUNTRY}. */
    public Optional<CountryCode> country() {
        return value(CountryCode.class);
    }

    /** The exploitation type of a key by {@code EXPLOITATION_TYPE}. */
    public Optional<ExploitationType> exploitationType() {
        return value(ExploitationType.class);
    }

    /** The trafficking status of a key by {@code TRAFFICKING_STATUS}. */
    public Optional<TraffickingStatus> traffickingStatus() {
        return value(TraffickingStatus.class);
    }

    /** The control method of a key by {@code CONTROL_METHOD}. */
    public Optional<ControlMethod> controlMethod() {
        return value(ControlMethod.class);
    }

    /** The labour sector of a key by {@code LABOUR_SECTOR}. */
    public Optional<LabourSector> labourSector() {
        return value(LabourSector.class);
    }

    /** The recruiter relation of a key by {@code RECRUITER_RELATION}. */
    public Optional<RecruiterRelation> recruiterRelation() {
        return value(RecruiterRelation.class);
    }

    /** The year of a key by {@code YEAR}. */
    public Optional<Year> year() {
        return value(Year.class);
    }

    /**
     * The value, as the dimension's key type; empty for the unknown key. For code that handles
     * any dimension; the named accessors read better where the dimension is known.
     *
     * @throws IllegalStateException if {@code type} is not the dimension's key type
     */
    public <T> Optional<T> value(Class<T> type) {
        if (dimension.keyType() != type) {
            throw new IllegalStateException("a key of the statistics by " + dimension + " holds a "
                    + dimension.keyType().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return Optional.ofNullable(value).map(type::cast);
    }

    @Override
    public int compareTo(StatisticsKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatisticsKey k && k.dimension == dimension && Objects.equals(k.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dimension, value);
    }

    /** {@code SEX=FEMALE}: the dimension and the text form. */
    @Override
    public String toString() {
        return dimension + "=" + text();
    }

    /** Enum keys sort in declaration order; every other kind by its text (the next comparison). */
    private int valueOrder() {
        return value instanceof Enum<?> constant ? constant.ordinal() : 0;
    }

    /** What a key of the dimension looks like, for the message refusing one that is not. */
    private static String example(Dimension dimension) {
        Class<?> type = dimension.keyType();
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == JurisdictionCode.class) {
            return dimension.areaLevel().orElseThrow() == Level.PROVINCE ? "61" : "61.71";
        }
        return type == CountryCode.class ? "KHM" : "2025";
    }
}
