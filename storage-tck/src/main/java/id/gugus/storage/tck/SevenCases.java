package id.gugus.storage.tck;

import static id.gugus.cases.ExploitationType.CHILD_LABOUR;
import static id.gugus.cases.ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM;
import static id.gugus.cases.ExploitationType.FORCED_LABOUR;
import static id.gugus.cases.ExploitationType.FORCED_MARRIAGE;
import static id.gugus.cases.ExploitationType.ILLEGAL_ADOPTION;
import static id.gugus.cases.ExploitationType.SEXUAL_EXPLOITATION;
import static id.gugus.cases.Sex.FEMALE;
import static id.gugus.cases.Sex.MALE;
import static id.gugus.storage.tck.TckFixtures.BENGKAYANG;
import static id.gugus.storage.tck.TckFixtures.CAMBODIA;
import static id.gugus.storage.tck.TckFixtures.CHINA;
import static id.gugus.storage.tck.TckFixtures.KALBAR;
import static id.gugus.storage.tck.TckFixtures.KOTA_KUPANG;
import static id.gugus.storage.tck.TckFixtures.KOTA_PONTIANAK;
import static id.gugus.storage.tck.TckFixtures.KOTA_SINGKAWANG;
import static id.gugus.storage.tck.TckFixtures.MALAYSIA;
import static id.gugus.storage.tck.TckFixtures.PONTIANAK_TIMUR;
import static id.gugus.storage.tck.TckFixtures.SAMBAS;
import static id.gugus.storage.tck.TckFixtures.SANGGAU;
import static id.gugus.storage.tck.TckFixtures.abroad;
import static id.gugus.storage.tck.TckFixtures.elements;
import static id.gugus.storage.tck.TckFixtures.newCase;
import static id.gugus.storage.tck.TckFixtures.victim;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ControlMethod;
import id.gugus.cases.Exploitation;
import id.gugus.cases.LabourSector;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Place;
import id.gugus.cases.Platform;
import id.gugus.cases.RecruiterRelation;
import id.gugus.cases.RecruitmentChannel;
import id.gugus.cases.Route;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.TraffickingDetermination;
import id.gugus.cases.Victim;
import id.gugus.common.CountryCode;
import id.gugus.store.GugusStore;
import java.time.LocalDate;
import java.util.List;

/**
 * Seven cases and thirteen victims whose query results and statistics are counted by hand in
 * the contracts. Ages are exact on the trafficking date.
 *
 * <pre>
 * case registered  reported    status        exploited in  victims (sex, age, citizenship, origin, purposes)
 * A    61.71       2024-05-10  INVESTIGATION KHM           A1 F 22 IDN 61.71.02 SCAM; A2 M 27 IDN 61.01 SCAM;
 *                                                          A3 M 16 IDN 61.01 SCAM+FORCED_LABOUR
 * B    61.01       2025-02-03  REPORTED      MYS           B1 F 15 IDN 61.01 SEXUAL; B2 F 19 IDN 61.07 SEXUAL
 * C    61          2025-07-20  PROSECUTION   KHM           C1 M 30 (recorded) IDN 53.71 SCAM; C2 M ? IDN ? SCAM
 * D    61.72       2025-11-05  CLOSED        CHN           D1 F 24 IDN 61.72 FORCED_MARRIAGE
 * E    61.71       2026-01-12  INQUIRY       (unknown)     E1 F 8 IDN 61.71 CHILD_LABOUR; E2 F 62 IDN 61.71 FORCED_LABOUR
 * F    53.71       2025-03-03  TRIAL         MYS           F1 M 45 IDN 53.71 FORCED_LABOUR; F2 F 5 IDN 53.71 ILLEGAL_ADOPTION
 * G    61.71       2025-09-09  VERDICT       KHM           G1 M 33 MYS (none) FORCED_LABOUR
 * </pre>
 *
 * The HTCDS fields statistics group by (every victim has the control methods WITHHELD_DOCUMENTS and
 * RESTRICTED_MOVEMENT but C2, who has THREATS only):
 * <pre>
 * victim  trafficking status        labour sectors                         recruiter relations
 * A1      POSSIBLE_VICTIM           -                                      FRIEND
 * B1      POSSIBLE_VICTIM           -                                      FAMILY, ACQUAINTANCE
 * B2      POSSIBLE_VICTIM           -                                      -
 * D1      -                         -                                      INTIMATE_PARTNER
 * E2      -                         T_HOUSEHOLDS_AS_EMPLOYERS              -
 * F1      -                         A_AGRICULTURE..., C_MANUFACTURING      -
 * G1      -                         A_AGRICULTURE_FORESTRY_FISHING         -
 * </pre>
 * A decided status (actual, not a victim) names an agency the store must hold, which not every
 * store these cases go into has: so only possible victims are seeded here.
 *
 * Cases with a child victim: A, B, E, F. Query order: A, B, F, C, G, D, E.
 */
public final class SevenCases {
    /** Name and NIK of victim A1: no error message may ever contain them. */
    public static final String A1_NAME = "Siti Nurhaliza Rahmawati";
    public static final String A1_NIK = "6171027001020001";

    public final TraffickingCase a;
    public final TraffickingCase b;
    public final TraffickingCase c;
    public final TraffickingCase d;
    public final TraffickingCase e;
    public final TraffickingCase f;
    public final TraffickingCase g;

    private SevenCases(GugusStore store) {
        LocalDate aTrafficked = LocalDate.of(2024, 3, 1);
        Victim a1 = victimA1();
        a = store.cases().save(newCase("LP/B/112/V/2024/SPKT/POLRESTA PONTIANAK", KOTA_PONTIANAK, LocalDate.of(2024, 5, 10),
                CaseStatus.INVESTIGATION, abroad(PONTIANAK_TIMUR, CAMBODIA),
                a1,
                victim(MALE, 27, aTrafficked, SAMBAS, FORCED_CRIMINALITY_ONLINE_SCAM),
                victim(MALE, 16, aTrafficked, SAMBAS, FORCED_CRIMINALITY_ONLINE_SCAM, FORCED_LABOUR))).stored();

        LocalDate bTrafficked = LocalDate.of(2024, 12, 20);
        b = store.cases().save(newCase("LP/B/31/II/2025/SPKT/POLRES SAMBAS", SAMBAS, LocalDate.of(2025, 2, 3),
                CaseStatus.REPORTED, new Route(Place.in(SAMBAS), ImmutableList.of(), Place.abroad(MALAYSIA)),
                victim(FEMALE, 15, bTrafficked, SAMBAS, SEXUAL_EXPLOITATION).toBuilder()
                        .traffickingStatus(TraffickingDetermination.possible())
                        .recruitedBy(RecruiterRelation.FAMILY, RecruiterRelation.ACQUAINTANCE).build(),
                victim(FEMALE, 19, bTrafficked, BENGKAYANG, SEXUAL_EXPLOITATION).toBuilder()
                        .traffickingStatus(TraffickingDetermination.possible()).build())).stored();

        LocalDate cTrafficked = LocalDate.of(2025, 4, 2);
        c = store.cases().save(newCase("LP/B/204/VII/2025/SPKT/POLDA KALBAR", KALBAR, LocalDate.of(2025, 7, 20),
                CaseStatus.PROSECUTION, abroad(KOTA_PONTIANAK, CAMBODIA),
                withRecordedAge(victim(MALE, 30, cTrafficked, KOTA_KUPANG, FORCED_CRIMINALITY_ONLINE_SCAM), 30),
                withoutAgeOrOrigin(victim(MALE, 30, cTrafficked, null, FORCED_CRIMINALITY_ONLINE_SCAM)))).stored();

        d = store.cases().save(newCase("LP/B/77/XI/2025/SPKT/POLRES SINGKAWANG", KOTA_SINGKAWANG, LocalDate.of(2025, 11, 5),
                CaseStatus.CLOSED, abroad(KOTA_SINGKAWANG, CHINA),
                victim(FEMALE, 24, LocalDate.of(2025, 6, 14), KOTA_SINGKAWANG, FORCED_MARRIAGE).toBuilder()
                        .recruitedBy(RecruiterRelation.INTIMATE_PARTNER).build())).stored();

        LocalDate eTrafficked = LocalDate.of(2025, 12, 1);
        e = store.cases().save(newCase("LP/B/5/I/2026/SPKT/POLRESTA PONTIANAK", KOTA_PONTIANAK, LocalDate.of(2026, 1, 12),
                CaseStatus.INQUIRY, Route.UNKNOWN,
                victim(FEMALE, 8, eTrafficked, KOTA_PONTIANAK, CHILD_LABOUR),
                victim(FEMALE, 62, eTrafficked, KOTA_PONTIANAK, FORCED_LABOUR).toBuilder()
                        .exploitation(Exploitation.NONE.withSectors(LabourSector.T_HOUSEHOLDS_AS_EMPLOYERS)).build())).stored();

        LocalDate fTrafficked = LocalDate.of(2024, 11, 11);
        f = store.cases().save(newCase("LP/B/58/III/2025/SPKT/POLRESTA KUPANG KOTA", KOTA_KUPANG, LocalDate.of(2025, 3, 3),
                CaseStatus.TRIAL, new Route(Place.in(KOTA_KUPANG), ImmutableList.of(
                        Place.in(SANGGAU)), Place.abroad(MALAYSIA)),
                victim(MALE, 45, fTrafficked, KOTA_KUPANG, FORCED_LABOUR).toBuilder()
                        .exploitation(Exploitation.NONE.withSectors(LabourSector.A_AGRICULTURE_FORESTRY_FISHING,
                                LabourSector.C_MANUFACTURING)).build(),
                victim(FEMALE, 5, fTrafficked, KOTA_KUPANG, ILLEGAL_ADOPTION))).stored();

        Victim g1 = victim(MALE, 33, LocalDate.of(2025, 6, 1), null, FORCED_LABOUR);
        g = store.cases().save(newCase("LP/B/190/IX/2025/SPKT/POLRESTA PONTIANAK", KOTA_PONTIANAK, LocalDate.of(2025, 9, 9),
                CaseStatus.VERDICT, abroad(KOTA_PONTIANAK, CAMBODIA), withCitizenship(g1, MALAYSIA).toBuilder()
                        .exploitation(Exploitation.NONE.withSectors(LabourSector.A_AGRICULTURE_FORESTRY_FISHING)).build()))
                .stored();
    }

    /**
     * Victim A1, with every personal field filled: a woman of 22 from Pontianak Timur, recruited
     * through a Telegram job advertisement for a scam compound in Cambodia.
     */
    public static Victim victimA1() {
        Victim v = victim(FEMALE, 22, LocalDate.of(2024, 3, 1), PONTIANAK_TIMUR, FORCED_CRIMINALITY_ONLINE_SCAM);
        return v.toBuilder()
                .personal(PersonalData.of(A1_NAME, Nik.of(A1_NIK), "0812-5555-0101", "Jl. Tanjungpura No. 1"))
                .birthDate(LocalDate.of(2002, 1, 30))
                .recruitedThrough(RecruitmentChannel.ONLINE_ADVERTISEMENT, Platform.TELEGRAM)
                .traffickingStatus(TraffickingDetermination.possible())
                .recruitedBy(RecruiterRelation.FRIEND)
                .build();
    }

    /** Imports the areas and saves the agencies ({@link TckWorld}) and the seven cases. */
    public static SevenCases seed(GugusStore store) {
        TckWorld.seed(store);
        return new SevenCases(store);
    }

    /** Saves the seven cases into a store that already holds the fixture areas. */
    public static SevenCases saveInto(GugusStore store) {
        return new SevenCases(store);
    }

    /** All seven in query order (report date, then id). */
    public List<TraffickingCase> inQueryOrder() {
        return ImmutableList.of(a, b, f, c, g, d, e);
    }

    private static Victim withRecordedAge(Victim v, int age) {
        return v.toBuilder().birthDate(null).age(age).build();
    }

    private static Victim withoutAgeOrOrigin(Victim v) {
        // A new builder rather than toBuilder(): the control methods are replaced, not added to.
        return Victim.builder().id(v.id()).sex(v.sex()).citizenship(v.citizenship()).traffickedOn(v.traffickedOn())
                .elements(v.elements()).controlMethods(ControlMethod.THREATS)
                .recruitedThrough(RecruitmentChannel.UNKNOWN, null)
                .build();
    }

    private static Victim withCitizenship(Victim v, CountryCode citizenship) {
        return Victim.builder().id(v.id()).sex(v.sex()).birthDate(v.birthDate()).age(v.recordedAge())
                .citizenship(citizenship).traffickedOn(v.traffickedOn()).elements(elements(FORCED_LABOUR))
                .controlMethods(v.controlMethods().toArray(ControlMethod[]::new))
                .recruitedThrough(RecruitmentChannel.PERSONAL_CONTACT, Platform.NONE)
                .build();
    }
}
