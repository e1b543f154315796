package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckFixtures.newCase;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ControlMethod;
import id.gugus.cases.Exploitation;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.LabourSector;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Place;
import id.gugus.cases.RecruiterRelation;
import id.gugus.cases.Route;
import id.gugus.cases.Sex;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.TraffickingDetermination;
import id.gugus.cases.Victim;
import id.gugus.common.CountryCode;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lawful cases and queries drawn from a seeded {@link Random}: the same seed gives the same
 * data on every run and every store, so a failure can be replayed. Used to compare a store's
 * answers with the reference semantics ({@link CaseQuery#matches}, {@link id.gugus.cases.StatisticsTally}).
 */
public final class RandomCases {
    private static final List<JurisdictionCode> REGISTRIES = List.of(TckFixtures.KALBAR, TckFixtures.SAMBAS,
            TckFixtures.KOTA_PONTIANAK, TckFixtures.KOTA_SINGKAWANG, TckFixtures.BENGKAYANG, TckFixtures.KOTA_KUPANG);
    private static final List<JurisdictionCode> ORIGINS = List.of(TckFixtures.SAMBAS, TckFixtures.BENGKAYANG,
            TckFixtures.PONTIANAK_TIMUR, TckFixtures.KOTA_SINGKAWANG, TckFixtures.KOTA_KUPANG, TckFixtures.NTT,
            TckFixtures.SANGGAU);
    private static final List<CountryCode> DESTINATIONS = List.of(TckFixtures.CAMBODIA, TckFixtures.MALAYSIA,
            TckFixtures.CHINA, CountryCode.of("MMR"));
    private static final List<ExploitationType> PURPOSES = List.of(ExploitationType.FORCED_LABOUR,
            ExploitationType.SEXUAL_EXPLOITATION, ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM,
            ExploitationType.FORCED_CRIMINALITY_ONLINE_GAMBLING, ExploitationType.FORCED_MARRIAGE);
    private static final List<LabourSector> SECTORS = List.of(LabourSector.A_AGRICULTURE_FORESTRY_FISHING,
            LabourSector.C_MANUFACTURING, LabourSector.F_CONSTRUCTION, LabourSector.T_HOUSEHOLDS_AS_EMPLOYERS);
    private static final List<ControlMethod> CONTROL_METHODS = List.of(ControlMethod.DEBT_BONDAGE,
            ControlMethod.THREATS, ControlMethod.PHYSICAL_ABUSE);
    private static final List<RecruiterRelation> RECRUITERS = List.of(RecruiterRelation.values());
    private static final List<CaseStatus> STATUSES = List.of(CaseStatus.values());

    private final Random random;

    public RandomCases(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} new cases numbered {@code prefix-1 ...}, reported in 2023–2025. */
    public List<TraffickingCase> cases(String prefix, int count) {
        List<TraffickingCase> cases = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LocalDate reportedOn = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
            CaseStatus status = pick(STATUSES);
            int victims = 1 + random.nextInt(4);
            Victim[] vs = new Victim[victims];
            for (int v = 0; v < victims; v++) {
                vs[v] = victim(reportedOn.minusDays(10 + random.nextInt(200)));
            }
            cases.add(newCase(prefix + "-" + i, pick(REGISTRIES), reportedOn, status, route(), vs));
        }
        return cases;
    }

    private Victim victim(LocalDate traffickedOn) {
        Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        int age = 3 + random.nextInt(60);
        ExploitationType[] purposes = random.nextInt(4) == 0
                ? new ExploitationType[] {pick(PURPOSES), pick(PURPOSES)}
                : new ExploitationType[] {pick(PURPOSES)};
        Victim v = htcdsFields(TckFixtures.victim(sex, age, traffickedOn, pick(ORIGINS), purposes));
        return switch (random.nextInt(6)) {
            // Age unknown: neither birth date nor recorded age.
            case 0 -> v.toBuilder().personal(PersonalData.NONE).birthDate(null).age(null).build();
            // Age as recorded, birth date unknown; origin unknown.
            case 1 -> v.toBuilder().birthDate(null).age(age).origin(null).build();
            // A foreign national.
            case 2 -> v.toBuilder().age(null).citizenship(pick(DESTINATIONS)).origin(null).build();
            default -> v;
        };
    }

    /** Some of the HTCDS fields statistics group by, none, one or two values each. */
    private Victim htcdsFields(Victim v) {
        Victim.Builder b = v.toBuilder();
        if (random.nextBoolean()) {
            // Only a possible victim: a decided status names an agency, which the caller's store may not hold.
            b.traffickingStatus(TraffickingDetermination.possible());
        }
        if (v.elements().purposes().stream().anyMatch(ExploitationType::isLabour) && random.nextBoolean()) {
            b.exploitation(Exploitation.NONE.withSectors(pick(SECTORS), pick(SECTORS)));
        }
        if (random.nextInt(3) == 0) {
            b.controlMethods(pick(CONTROL_METHODS));
        }
        if (random.nextBoolean()) {
            b.recruitedBy(pick(RECRUITERS), pick(RECRUITERS));
        }
        return b.build();
    }

    private Route route() {
        return switch (random.nextInt(5)) {
            case 0 -> Route.UNKNOWN;
            case 1 -> new Route(Place.in(pick(ORIGINS)), ImmutableList.of(), Place.in(TckFixtures.KOTA_PONTIANAK));
            default -> TckFixtures.abroad(pick(ORIGINS), pick(DESTINATIONS));
        };
    }

    /** A query with each criterion present about one time in three. */
    public CaseQuery query() {
        CaseQuery q = CaseQuery.all();
        if (random.nextInt(3) == 0) {
            q = q.within(pick(List.of(TckFixtures.KALBAR, TckFixtures.KOTA_PONTIANAK, TckFixtures.NTT, TckFixtures.SAMBAS,
                    JurisdictionCode.NATIONAL)));
        }
        if (random.nextInt(3) == 0) {
            q = q.withStatus(pick(STATUSES), pick(STATUSES));
        }
        if (random.nextInt(3) == 0) {
            q = q.withExploitation(pick(PURPOSES));
        }
        if (random.nextInt(3) == 0) {
            q = q.withDestination(random.nextInt(5) == 0 ? CountryCode.INDONESIA : pick(DESTINATIONS));
        }
        if (random.nextInt(3) == 0) {
            LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
            q = q.reportedBetween(random.nextBoolean() ? from : null, random.nextBoolean() ? from.plusDays(random.nextInt(400)) : null);
        }
        if (random.nextInt(3) == 0) {
            q = q.withChildVictim(random.nextBoolean());
        }
        return q;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
