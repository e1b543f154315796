package id.gugus.exchange;

import com.google.common.collect.ImmutableList;
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
import id.gugus.cases.Victim;
import id.gugus.common.CountryCode;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.SevenCases;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A store of the Kalimantan Barat scenario's shape, for the exchange module (which cannot depend on
 * the examples): the seven cases of the storage TCK (with NIKs), the scam-compound case of 70
 * residents of the 14 regencies and cities (48 men, 22 women, 6 of them 15–17, the rest 18–41)
 * exploited in Cambodia, registered by the province in March 2024, and 40 victims of other cases
 * of 2021–2024: labour in Malaysia and the Middle East, sexual exploitation at home, forced
 * marriage to China. Every victim has a name, contact and address of its own. Seeded: the same
 * store on every run.
 */
final class KalbarLikeStore {
    static final int SCAM_VICTIMS = 70;
    static final int OTHER_VICTIMS = 40;
    /** The seven cases' 13 victims, the scam case's 70 and 40 others. */
    static final int VICTIMS = 13 + SCAM_VICTIMS + OTHER_VICTIMS;

    private final Random random = new Random(20240318L);
    private final List<JurisdictionCode> regencies;
    private int people;

    private KalbarLikeStore(List<JurisdictionCode> regencies) {
        this.regencies = regencies;
    }

    static GugusStore create() {
        GugusStore store = GugusStore.on(new InMemoryBackend(), TckFixtures.CLOCK);
        SevenCases.seed(store);
        List<JurisdictionCode> regencies = store.jurisdictions().children(TckFixtures.KALBAR).stream()
                .map(Jurisdiction::code).toList();
        new KalbarLikeStore(regencies).cases().forEach(store.cases()::save);
        return store;
    }

    private List<TraffickingCase> cases() {
        List<TraffickingCase> cases = new ArrayList<>();
        cases.add(scamCase());
        int left = OTHER_VICTIMS;
        for (int i = 1; left > 0; i++) {
            int n = Math.min(left, 1 + random.nextInt(3));
            cases.add(otherCase(i, n));
            left -= n;
        }
        return cases;
    }

    private TraffickingCase scamCase() {
        List<Sex> sexes = new ArrayList<>(Collections.nCopies(22, Sex.FEMALE));
        sexes.addAll(Collections.nCopies(48, Sex.MALE));
        Collections.shuffle(sexes, random);
        Victim[] victims = new Victim[SCAM_VICTIMS];
        for (int i = 0; i < SCAM_VICTIMS; i++) {
            int age = i < 6 ? 15 + random.nextInt(3) : 18 + Math.min(random.nextInt(24), random.nextInt(24));
            LocalDate recruited = LocalDate.of(2023, 5, 1).plusDays(random.nextInt(275));
            // Sambas, Bengkayang and the two cities send most; every regency at least one.
            JurisdictionCode origin = i < regencies.size() ? regencies.get(i) : pick(regencies.subList(0, 4));
            victims[i] = person(TckFixtures.victim(sexes.get(i), age, recruited, origin,
                            ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM).toBuilder()
                    .controlMethods(ControlMethod.FALSE_PROMISES, ControlMethod.EXCESSIVE_WORKING_HOURS)
                    .recruitedBy(RecruiterRelation.STRANGER)
                    .exploitation(Exploitation.NONE.inCountry(TckFixtures.CAMBODIA)));
        }
        return TckFixtures.newCase("LP/B/112/III/2024/SPKT/POLDA KALIMANTAN BARAT", TckFixtures.KALBAR,
                LocalDate.of(2024, 3, 18), CaseStatus.PROSECUTION,
                new Route(Place.in(TckFixtures.KOTA_PONTIANAK), ImmutableList.of(), Place.abroad(TckFixtures.CAMBODIA)), victims);
    }

    private TraffickingCase otherCase(int n, int count) {
        LocalDate reported = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(4 * 365));
        int kind = random.nextInt(4);
        CountryCode country = switch (kind) {
            case 0 -> TckFixtures.MALAYSIA;
            case 1 -> pick(List.of(CountryCode.of("SAU"), CountryCode.of("ARE"), CountryCode.of("QAT")));
            case 2 -> CountryCode.INDONESIA;
            default -> TckFixtures.CHINA;
        };
        ExploitationType purpose = switch (kind) {
            case 0, 1 -> ExploitationType.FORCED_LABOUR;
            case 2 -> ExploitationType.SEXUAL_EXPLOITATION;
            default -> ExploitationType.FORCED_MARRIAGE;
        };
        Victim[] victims = new Victim[count];
        for (int v = 0; v < count; v++) {
            Sex sex = kind >= 2 || random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
            int age = (kind == 2 ? 14 : 18) + random.nextInt(20);
            Victim.Builder b = TckFixtures.victim(sex, age, reported.minusDays(30 + random.nextInt(300)), pick(regencies), purpose)
                    .toBuilder().exploitation(kind < 2 ? Exploitation.NONE.withSectors(pick(List.of(
                            LabourSector.A_AGRICULTURE_FORESTRY_FISHING, LabourSector.T_HOUSEHOLDS_AS_EMPLOYERS))) : Exploitation.NONE);
            victims[v] = person(b);
        }
        Route route = country.isIndonesia()
                ? new Route(Place.in(pick(regencies)), ImmutableList.of(), Place.in(TckFixtures.KOTA_PONTIANAK))
                : TckFixtures.abroad(pick(regencies), country);
        return TckFixtures.newCase("LP/B/" + n + "/" + reported.getYear() + "/KALBAR", pick(List.of(TckFixtures.KALBAR,
                TckFixtures.KOTA_PONTIANAK, TckFixtures.SAMBAS)), reported, CaseStatus.INVESTIGATION, route, victims);
    }

    /** A name, contact and address no other victim has. */
    private Victim person(Victim.Builder b) {
        int i = ++people;
        return b.personal(PersonalData.of("Korban Uji Kalbar " + i, null, "+62 812 5555 " + (1000 + i),
                "Jl. Tanjungpura Gg. Uji No. " + i)).build();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
