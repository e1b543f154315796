package id.gugus.storage.tck;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.cases.Act;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ControlMethod;
import id.gugus.cases.Exploitation;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.LegalElements;
import id.gugus.cases.Means;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Place;
import id.gugus.cases.Platform;
import id.gugus.cases.RecruitmentChannel;
import id.gugus.cases.Route;
import id.gugus.cases.Sex;
import id.gugus.cases.StatusChange;
import id.gugus.cases.Suspect;
import id.gugus.cases.SuspectId;
import id.gugus.cases.SuspectKind;
import id.gugus.cases.SuspectRole;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.cases.VictimId;
import id.gugus.common.CountryCode;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.jurisdiction.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Values the contracts build on: the clock, the areas, and lawful cases. Everything here is
 * valid under the core validators, so a test that expects a write to succeed fails only if the
 * store is wrong. Names of people are invented.
 */
public final class TckFixtures {
    /** "Today" for every contract: 15 March 2026, in Pontianak (WIB). */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    public static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-15T03:00:00Z"), ZoneId.of("Asia/Pontianak"));

    public static final JurisdictionCode NATIONAL = JurisdictionCode.NATIONAL;
    /** Kalimantan Barat. */
    public static final JurisdictionCode KALBAR = JurisdictionCode.of("61");
    public static final JurisdictionCode SAMBAS = JurisdictionCode.of("61.01");
    public static final JurisdictionCode SANGGAU = JurisdictionCode.of("61.03");
    public static final JurisdictionCode BENGKAYANG = JurisdictionCode.of("61.07");
    public static final JurisdictionCode KOTA_PONTIANAK = JurisdictionCode.of("61.71");
    public static final JurisdictionCode PONTIANAK_SELATAN = JurisdictionCode.of("61.71.01");
    public static final JurisdictionCode PONTIANAK_TIMUR = JurisdictionCode.of("61.71.02");
    public static final JurisdictionCode KOTA_SINGKAWANG = JurisdictionCode.of("61.72");
    /** Nusa Tenggara Timur. */
    public static final JurisdictionCode NTT = JurisdictionCode.of("53");
    public static final JurisdictionCode KOTA_KUPANG = JurisdictionCode.of("53.71");
    /** A well-formed city (kota) code that no area has: references to it must fail. */
    public static final JurisdictionCode UNKNOWN_AREA = JurisdictionCode.of("61.79");

    public static final CountryCode INDONESIA = CountryCode.INDONESIA;
    public static final CountryCode CAMBODIA = CountryCode.of("KHM");
    public static final CountryCode MALAYSIA = CountryCode.of("MYS");
    public static final CountryCode CHINA = CountryCode.of("CHN");

    private TckFixtures() {}

    /**
     * The areas the contracts import, from the directory bundled in core: the 38 provinces,
     * all of Kalimantan Barat (14 regencies and cities, 174 districts) and every regency and
     * city of Nusa Tenggara Timur, parents first.
     */
    public static List<Jurisdiction> areas() {
        JurisdictionDirectory bundled = JurisdictionDirectory.bundled();
        List<Jurisdiction> areas = new ArrayList<>();
        bundled.all().stream().filter(a -> a.level() == Level.PROVINCE && !a.code().equals(KALBAR)).forEach(areas::add);
        areas.addAll(bundled.subtree(KALBAR));
        areas.addAll(bundled.children(NTT));
        areas.sort(Comparator.comparing(Jurisdiction::level).thenComparing(Jurisdiction::code));
        return ImmutableList.copyOf(areas);
    }

    /** Number of {@link #areas()}: 38 provinces, 14 + 174 under Kalimantan Barat, 22 under NTT. */
    public static final int AREA_COUNT = 38 + 14 + 174 + 22;

    // ---- victims ----------------------------------------------------------------------

    /** All three elements: recruited and transported by deception for {@code purposes}. */
    public static LegalElements elements(ExploitationType... purposes) {
        return new LegalElements(ImmutableSet.of(Act.RECRUITMENT, Act.TRANSPORTATION),
                ImmutableSet.of(Means.FRAUD_OR_DECEPTION), ImmutableSet.copyOf(purposes));
    }

    /**
     * An Indonesian victim aged exactly {@code age} on {@code traffickedOn} (born 30 days before
     * that birthday), from {@code origin}, with all three elements for {@code purposes}.
     */
    public static Victim victim(Sex sex, int age, LocalDate traffickedOn, JurisdictionCode origin,
            ExploitationType... purposes) {
        return new Victim(VictimId.random(), PersonalData.named(sex == Sex.FEMALE ? "Siti Rahmawati" : "Agus Setiawan"),
                sex, null, traffickedOn.minusYears(age).minusDays(30), null, INDONESIA, ImmutableSet.of(), origin,
                traffickedOn, null, elements(purposes),
                ImmutableSet.of(ControlMethod.WITHHELD_DOCUMENTS, ControlMethod.RESTRICTED_MOVEMENT), Exploitation.NONE,
                ImmutableSet.of(), RecruitmentChannel.ONLINE_SOCIAL_NETWORK, Platform.FACEBOOK,
                ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), null, null);
    }

    /** A copy of {@code v} with its own new id: two cases never share a victim record. */
    public static Victim anotherLike(Victim v) {
        return v.toBuilder().id(VictimId.random()).build();
    }

    public static Suspect recruiter(String name) {
        return new Suspect(SuspectId.random(), SuspectKind.NATURAL_PERSON, PersonalData.named(name),
                ImmutableSet.of(SuspectRole.RECRUITER), INDONESIA);
    }

    // ---- routes -----------------------------------------------------------------------

    /** Recruited at home, through Pontianak, exploited in {@code country}. */
    public static Route abroad(JurisdictionCode recruitedIn, CountryCode country) {
        return new Route(Place.in(recruitedIn), ImmutableList.of(Place.in(KOTA_PONTIANAK)), Place.abroad(country));
    }

    // ---- cases ------------------------------------------------------------------------

    /**
     * A new (version 0) case that has moved, a week per step, from reported to {@code status};
     * a closed case was closed after the inquiry, with a reason.
     */
    public static TraffickingCase newCase(String number, JurisdictionCode registeredIn, LocalDate reportedOn,
            CaseStatus status, Route route, Victim... victims) {
        return new TraffickingCase(CaseId.random(), 0, CaseNumber.of(number), registeredIn, reportedOn, status,
                status == CaseStatus.CLOSED ? CLOSING_REASON : null, ImmutableList.copyOf(victims),
                ImmutableList.of(recruiter("Tersangka Perekrut")), route, history(status, reportedOn));
    }

    static final String CLOSING_REASON = "Penyelidikan dihentikan: bukan tindak pidana";

    /** Reported, a week later in inquiry, and so on; closed from the inquiry. */
    public static ImmutableList<StatusChange> history(CaseStatus status, LocalDate reportedOn) {
        ImmutableList.Builder<StatusChange> steps = ImmutableList.builder();
        if (status == CaseStatus.CLOSED) {
            steps.add(new StatusChange(CaseStatus.REPORTED, CaseStatus.INQUIRY, reportedOn.plusDays(7), null));
            steps.add(new StatusChange(CaseStatus.INQUIRY, CaseStatus.CLOSED, reportedOn.plusDays(14), CLOSING_REASON));
            return steps.build();
        }
        CaseStatus at = CaseStatus.REPORTED;
        int week = 1;
        while (at != status) {
            CaseStatus next = CaseStatus.values()[at.ordinal() + 1];
            steps.add(new StatusChange(at, next, reportedOn.plusDays(7L * week++), null));
            at = next;
        }
        return steps.build();
    }

    /** A simple, valid, reported case in Kota Pontianak with one adult victim exploited in Cambodia. */
    public static TraffickingCase simpleCase(String number, LocalDate reportedOn) {
        return newCase(number, KOTA_PONTIANAK, reportedOn, CaseStatus.REPORTED, abroad(SAMBAS, CAMBODIA),
                victim(Sex.MALE, 24, reportedOn.minusMonths(3), SAMBAS, ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM));
    }

    /** The case moved one step on, with the step dated a week after the last. */
    public static TraffickingCase advanced(TraffickingCase c, CaseStatus next) {
        LocalDate on = c.statusHistory().isEmpty() ? c.reportedOn().plusDays(7)
                : c.statusHistory().get(c.statusHistory().size() - 1).on().plusDays(7);
        ImmutableList<StatusChange> history = ImmutableList.<StatusChange>builder().addAll(c.statusHistory())
                .add(new StatusChange(c.status(), next, on, next == CaseStatus.CLOSED ? CLOSING_REASON : null)).build();
        return new TraffickingCase(c.id(), c.version(), c.number(), c.registeredIn(), c.reportedOn(), next,
                next == CaseStatus.CLOSED ? CLOSING_REASON : null, c.victims(), c.suspects(), c.route(), history,
                c.management());
    }

    public static TraffickingCase withSuspects(TraffickingCase c, List<Suspect> suspects) {
        return new TraffickingCase(c.id(), c.version(), c.number(), c.registeredIn(), c.reportedOn(), c.status(),
                c.closingReason(), c.victims(), ImmutableList.copyOf(suspects), c.route(), c.statusHistory(), c.management());
    }

    public static TraffickingCase withVictims(TraffickingCase c, List<Victim> victims) {
        return new TraffickingCase(c.id(), c.version(), c.number(), c.registeredIn(), c.reportedOn(), c.status(),
                c.closingReason(), ImmutableList.copyOf(victims), c.suspects(), c.route(), c.statusHistory(), c.management());
    }

    /** The case under another number: {@link TraffickingCase#withNumber} from text. */
    public static TraffickingCase withNumber(TraffickingCase c, String number) {
        return c.withNumber(CaseNumber.of(number));
    }

    /** The case registered in another area: {@link TraffickingCase#withRegisteredIn}, for a static import. */
    public static TraffickingCase registeredIn(TraffickingCase c, JurisdictionCode area) {
        return c.withRegisteredIn(area);
    }

    /** Query order: report date, then id as text (what {@link id.gugus.cases.CaseCursor} encodes). */
    public static final Comparator<TraffickingCase> QUERY_ORDER =
            Comparator.comparing(TraffickingCase::reportedOn).thenComparing(c -> c.id().toString());
}
