package id.gugus.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import id.gugus.cases.Act;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ControlMethod;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.LegalElements;
import id.gugus.cases.Means;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Place;
import id.gugus.cases.Platform;
import id.gugus.cases.RecruitmentChannel;
import id.gugus.cases.Route;
import id.gugus.cases.Sex;
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
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The benchmark's cases: valid, reported cases spread over every regency and city of Indonesia,
 * 1 to 3 victims each (1.95 on average), every victim with a name (personal data) and three in
 * five with a NIK that agrees with the birth date and sex, one named recruiter, exploited abroad.
 * Case {@code i} is the same for a given seed whoever asks and in whatever order, so the Gugus
 * side and the hand-written baseline store the very same cases (ids included).
 *
 * <p>Each victim has exactly one exploitation type, so a roll-up by exploitation type counts each
 * victim once on both sides: the baseline keeps one type per victim row.
 */
public final class SyntheticCases {
    /** Reports fall in 2021 to 2025; the store's "today" is after all of them. */
    static final LocalDate FIRST_REPORT = LocalDate.of(2021, 1, 1);
    static final int REPORT_DAYS = 1_825;
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static final List<ExploitationType> PURPOSES = List.of(ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM,
            ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM, ExploitationType.FORCED_LABOUR, ExploitationType.FORCED_LABOUR,
            ExploitationType.SEXUAL_EXPLOITATION, ExploitationType.FORCED_CRIMINALITY_ONLINE_GAMBLING,
            ExploitationType.SERVITUDE_OR_SLAVERY, ExploitationType.FORCED_MARRIAGE);
    private static final List<CountryCode> DESTINATIONS = List.of(CountryCode.of("KHM"), CountryCode.of("MYS"),
            CountryCode.of("MMR"), CountryCode.of("LAO"), CountryCode.of("PHL"), CountryCode.of("SAU"));
    private static final List<String> GIVEN = List.of("Siti", "Dewi", "Nur", "Agus", "Budi", "Rina", "Yohana", "Made",
            "Putri", "Andi", "Wahyu", "Maria", "Fransiska", "Hendra", "Lestari", "Rahmat");
    private static final List<String> FAMILY = List.of("Rahmawati", "Setiawan", "Sembiring", "Simanjuntak", "Wijaya",
            "Pratama", "Hidayat", "Lumban Gaol", "Nugroho", "Saragih", "Kurniawan", "Tambunan");

    private final long seed;
    private final ImmutableList<JurisdictionCode> regencies;
    private final ImmutableListMultimap<JurisdictionCode, JurisdictionCode> districtsByProvince;

    /** Cases over the areas of the tree bundled in gugus-core (regencies and districts; villages are not needed). */
    public SyntheticCases(long seed) {
        this(seed, JurisdictionDirectory.bundled());
    }

    SyntheticCases(long seed, JurisdictionDirectory areas) {
        this.seed = seed;
        this.regencies = areas.all().stream().filter(a -> a.level() == Level.REGENCY).map(Jurisdiction::code)
                .collect(ImmutableList.toImmutableList());
        ImmutableListMultimap.Builder<JurisdictionCode, JurisdictionCode> districts = ImmutableListMultimap.builder();
        areas.all().stream().filter(a -> a.level() == Level.DISTRICT)
                .forEach(d -> districts.put(d.code().ancestorAt(Level.PROVINCE), d.code()));
        this.districtsByProvince = districts.build();
    }

    /** The provinces that register cases, in code order. */
    public ImmutableList<JurisdictionCode> provinces() {
        return regencies.stream().map(r -> r.ancestorAt(Level.PROVINCE)).distinct().sorted()
                .collect(ImmutableList.toImmutableList());
    }

    /** Case number {@code i} (from 0), version 0: ready for {@code save}. */
    public TraffickingCase nth(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        JurisdictionCode regency = regencies.get(r.nextInt(regencies.size()));
        JurisdictionCode province = regency.ancestorAt(Level.PROVINCE);
        List<JurisdictionCode> districts = districtsByProvince.get(province);
        // Most cases are registered by a regency's police (Polres), some by the province (Polda) or a district.
        int level = r.nextInt(10);
        JurisdictionCode registeredIn = level == 0 ? province
                : level <= 2 ? districtUnder(regency, districts, r) : regency;
        LocalDate reportedOn = FIRST_REPORT.plusDays(r.nextInt(REPORT_DAYS));
        int roll = r.nextInt(20);
        int victimCount = roll < 6 ? 1 : roll < 15 ? 2 : 3;
        ImmutableList.Builder<Victim> victims = ImmutableList.builder();
        JurisdictionCode firstOrigin = null;
        for (int v = 0; v < victimCount; v++) {
            JurisdictionCode origin = districts.get(r.nextInt(districts.size()));
            firstOrigin = firstOrigin == null ? origin : firstOrigin;
            victims.add(victim(r, origin, reportedOn));
        }
        CountryCode destination = DESTINATIONS.get(r.nextInt(DESTINATIONS.size()));
        Route route = new Route(Place.in(firstOrigin), ImmutableList.of(), Place.abroad(destination));
        Suspect recruiter = new Suspect(new SuspectId(uuid(r)), SuspectKind.NATURAL_PERSON, PersonalData.named(name(r)),
                ImmutableSet.of(SuspectRole.RECRUITER), CountryCode.INDONESIA);
        return new TraffickingCase(new CaseId(uuid(r)), 0, CaseNumber.of("LP/B/" + i + "/" + reportedOn.getYear() + "/BENCH"),
                registeredIn, reportedOn, CaseStatus.REPORTED, null, victims.build(), ImmutableList.of(recruiter), route,
                ImmutableList.of());
    }

    private static JurisdictionCode districtUnder(JurisdictionCode regency, List<JurisdictionCode> districts,
            SplittableRandom r) {
        List<JurisdictionCode> under = districts.stream().filter(regency::contains).toList();
        return under.isEmpty() ? regency : under.get(r.nextInt(under.size()));
    }

    private static Victim victim(SplittableRandom r, JurisdictionCode origin, LocalDate reportedOn) {
        Sex sex = r.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        LocalDate traffickedOn = reportedOn.minusDays(10 + r.nextInt(400));
        int age = 15 + r.nextInt(31);
        LocalDate born = traffickedOn.minusYears(age).minusDays(r.nextInt(365));
        PersonalData personal = PersonalData.named(name(r));
        if (r.nextInt(5) < 3) {
            personal = personal.withNik(nik(origin, born, sex, 1 + r.nextInt(9_999)));
        }
        return Victim.builder()
                .id(new VictimId(uuid(r)))
                .personal(personal)
                .sex(sex)
                .birthDate(born)
                .origin(origin)
                .traffickedOn(traffickedOn)
                .elements(new LegalElements(ImmutableSet.of(Act.RECRUITMENT, Act.TRANSPORTATION),
                        ImmutableSet.of(Means.FRAUD_OR_DECEPTION), ImmutableSet.of(PURPOSES.get(r.nextInt(PURPOSES.size())))))
                .controlMethods(ControlMethod.WITHHELD_DOCUMENTS, ControlMethod.FALSE_PROMISES)
                .recruitedThrough(RecruitmentChannel.ONLINE_SOCIAL_NETWORK, Platform.values()[r.nextInt(5)])
                .build();
    }

    /** A NIK issued in the district: its code, the birth date (40 added to a woman's day), the serial. */
    static Nik nik(JurisdictionCode district, LocalDate born, Sex sex, int serial) {
        int day = born.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        return Nik.of(district.value().replace(".", "")
                + String.format("%02d%02d%02d%04d", day, born.getMonthValue(), born.getYear() % 100, serial));
    }

    private static String name(SplittableRandom r) {
        return GIVEN.get(r.nextInt(GIVEN.size())) + " " + FAMILY.get(r.nextInt(FAMILY.size()));
    }

    private static UUID uuid(SplittableRandom r) {
        // A version-4 UUID from the case's own random stream, so that the same seed gives the same ids.
        long high = (r.nextLong() & ~0xF000L) | 0x4000L;
        long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
