package id.gugus.examples.kalbar;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.Act;
import id.gugus.cases.Address;
import id.gugus.cases.Contact;
import id.gugus.cases.ContactType;
import id.gugus.cases.ControlMethod;
import id.gugus.cases.DocumentType;
import id.gugus.cases.EducationLevel;
import id.gugus.cases.Exploitation;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.IdentityDocument;
import id.gugus.cases.MaritalStatus;
import id.gugus.cases.Means;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Platform;
import id.gugus.cases.RecruiterRelation;
import id.gugus.cases.RecruitmentChannel;
import id.gugus.cases.Referral;
import id.gugus.cases.ReferralReason;
import id.gugus.cases.Restitution;
import id.gugus.cases.RestitutionHead;
import id.gugus.cases.ServiceType;
import id.gugus.cases.Sex;
import id.gugus.cases.TraffickingDetermination;
import id.gugus.cases.Victim;
import id.gugus.cases.VictimService;
import id.gugus.common.CountryCode;
import id.gugus.common.LanguageCode;
import id.gugus.common.Rupiah;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.jurisdiction.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The 70 victims of the scam-compound case, made up but plausible, and the same on every run:
 * a fixed seed for {@link Random} (whose algorithm Java specifies) and fixed counts. 48 men and
 * 22 women from all 14 regencies and cities, 6 of them children (15–17 when recruited); each with
 * a NIK issued in a real Kalimantan Barat district, encoding the birth date (day + 40 for women);
 * all three legal elements established, so that the case may be prosecuted. Their languages,
 * education and marital status (HTCDS's person fields) follow from their regency, age and place in
 * the list, never from a further draw: a new draw would change every victim after it.
 *
 * <p>Names and NIKs are stored as the victims' personal data and never printed.
 */
final class ScamVictims {
    private static final CountryCode CAMBODIA = CountryCode.of("KHM");
    static final long SEED = 20240318L;
    static final int WOMEN = 22;
    static final int MEN = 48;
    static final List<Integer> CHILD_AGES = List.of(15, 16, 16, 17, 17, 17);
    /** Victims per regency or city of origin, in code order: 70 in all. */
    static final Map<String, Integer> ORIGINS = origins();

    private static final LocalDate FIRST_RECRUITED = LocalDate.of(2023, 5, 1);
    private static final int RECRUITMENT_DAYS = 275;
    private static final LocalDate FIRST_REPATRIATED = LocalDate.of(2024, 2, 5);

    private static final List<String> MEN_NAMES = List.of("Agus", "Budi", "Dedi", "Eko", "Fajar", "Hendra",
            "Iwan", "Joko", "Kurniawan", "Lukas", "Muhammad", "Rizky", "Sandi", "Yohanes", "Rudi", "Antonius");
    private static final List<String> WOMEN_NAMES = List.of("Ayu", "Dewi", "Fitri", "Lestari", "Maria", "Nur",
            "Putri", "Rina", "Siti", "Theresia", "Wulan", "Yuliana");
    private static final List<String> FAMILY_NAMES = List.of("Saputra", "Pratama", "Hidayat", "Lim", "Tan",
            "Kurniadi", "Ningsih", "Wati", "Anjelina", "Setiawan", "Rahman", "Sinaga", "Juliansyah", "Hartono");

    /** The actors of the BP3MI officer who brings a victim home and the Dinas Sosial worker who takes them over. */
    static final String BP3MI_CASE_WORKER = "bp3mi-kalbar/case-worker";
    static final String SOCIAL_CASE_WORKER = "dinsos-kalbar/case-worker";

    /**
     * The language spoken at home beside Indonesian, by regency (ISO 639-2): the Malay of the
     * coast and the Kapuas delta, the Dayak languages of the interior ({@code day}, Land Dayak),
     * Hakka in Singkawang ({@code zho}: ISO 639-2 has no code of its own for Hakka). A
     * simplification of the story: one language per regency.
     */
    private static final Map<String, LanguageCode> HOME_LANGUAGES = homeLanguages();

    private final Random random = new Random(SEED);
    private final JurisdictionDirectory areas;
    private final KalbarAgencies agencies;
    private final Set<String> niks = new HashSet<>();

    private ScamVictims(JurisdictionDirectory areas, KalbarAgencies agencies) {
        this.areas = areas;
        this.agencies = agencies;
    }

    static ImmutableList<Victim> generate(JurisdictionDirectory areas, KalbarAgencies agencies) {
        return new ScamVictims(areas, agencies).all();
    }

    private ImmutableList<Victim> all() {
        List<String> origins = new ArrayList<>();
        ORIGINS.forEach((regency, count) -> origins.addAll(Collections.nCopies(count, regency)));
        List<Sex> sexes = new ArrayList<>(Collections.nCopies(WOMEN, Sex.FEMALE));
        sexes.addAll(Collections.nCopies(MEN, Sex.MALE));
        List<Integer> childAges = new ArrayList<>(CHILD_AGES);
        childAges.addAll(Collections.nCopies(origins.size() - CHILD_AGES.size(), 0));
        Collections.shuffle(origins, random);
        Collections.shuffle(sexes, random);
        Collections.shuffle(childAges, random);
        ImmutableList.Builder<Victim> victims = ImmutableList.builder();
        for (int i = 0; i < origins.size(); i++) {
            victims.add(victim(i, JurisdictionCode.of(origins.get(i)), sexes.get(i), childAges.get(i)));
        }
        return victims.build();
    }

    /**
     * Name and NIK as drawn; the rest follows from the victim's number, so that the draws (and the
     * counts the scenario prints) stay as they were: the mobile phone the recruiters reached them
     * on, the district they live in (the story knows no village), and the passport the compound
     * withheld, issued by Indonesia. All fictitious.
     */
    private PersonalData personal(int i, Sex sex, JurisdictionCode issuedIn, LocalDate born, JurisdictionCode home) {
        PersonalData drawn = PersonalData.of(name(sex), nik(issuedIn, born, sex), null, null);
        return drawn.withContacts(List.of(Contact.of(ContactType.MOBILE_PHONE, String.format(Locale.ROOT, "0813-5200-%04d", i + 1))))
                .withAddress(new Address(home, null))
                .withDocuments(List.of(IdentityDocument.of(DocumentType.PASSPORT,
                        String.format(Locale.ROOT, "E%07d", 3_141_000 + 37 * i), CountryCode.INDONESIA)));
    }

    private Victim victim(int i, JurisdictionCode regency, Sex sex, int childAge) {
        LocalDate recruited = FIRST_RECRUITED.plusDays(random.nextInt(RECRUITMENT_DAYS));
        // Adults mostly in their twenties: the lower of two draws from 18..41.
        int age = childAge > 0 ? childAge : 18 + Math.min(random.nextInt(24), random.nextInt(24));
        LocalDate born = recruited.minusYears(age).minusDays(1 + random.nextInt(364));
        JurisdictionCode home = district(regency);
        // One in ten got their NIK in Pontianak and moved: the NIK says where it was issued, not where one lives.
        JurisdictionCode issuedIn = i % 10 == 9 ? district(KalbarAreas.PONTIANAK) : home;
        boolean beaten = random.nextInt(4) == 0;
        Platform platform = platform();
        Victim.Builder v = Victim.builder()
                .personal(personal(i, sex, issuedIn, born, home))
                .sex(sex)
                .birthDate(born)
                .origin(home)
                .traffickedOn(recruited)
                .acts(Act.RECRUITMENT, Act.TRANSPORTATION, Act.SENDING)
                .means(beaten ? new Means[] {Means.FRAUD_OR_DECEPTION, Means.CONFINEMENT, Means.USE_OF_FORCE}
                        : new Means[] {Means.FRAUD_OR_DECEPTION, Means.CONFINEMENT})
                .purposes(ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM)
                .controlMethods(ControlMethod.FALSE_PROMISES, ControlMethod.WITHHELD_DOCUMENTS,
                        ControlMethod.RESTRICTED_MOVEMENT, ControlMethod.EXCESSIVE_WORKING_HOURS)
                .recruitedThrough(channel(platform), platform)
                // Fake job advertisements: the recruiters were strangers; the compounds were in Cambodia.
                .recruitedBy(RecruiterRelation.STRANGER)
                .exploitation(Exploitation.NONE.inCountry(CAMBODIA))
                // Polda determined every one of them a victim when it registered the case.
                .traffickingStatus(TraffickingDetermination.actual(agencies.get(ProvincialAgency.POLDA),
                        RegisterScamCase.REPORTED_ON));
        if (random.nextInt(10) < 6) {
            v.controlMethods(ControlMethod.DEBT_BONDAGE);
        }
        if (beaten) {
            v.controlMethods(ControlMethod.PHYSICAL_ABUSE, ControlMethod.THREATS);
        }
        background(v, i, regency, age, childAge > 0);
        services(v, childAge > 0, beaten);
        if (i % 10 < 6) {
            restitution(v, beaten);
        }
        return v.build();
    }

    /**
     * Indonesian and the home language; SMP for the children, mostly SMA/SMK for adults (the fake
     * ads asked for school leavers with computer skills), some with a diploma or degree; single
     * under 25, else married (one or two children), single or not recorded by turns. One in ten
     * adults' schooling was not recorded.
     */
    private static void background(Victim.Builder v, int i, JurisdictionCode regency, int age, boolean child) {
        v.languages(LanguageCode.INDONESIAN, HOME_LANGUAGES.get(regency.value()));
        EducationLevel[] adults = {EducationLevel.UPPER_SECONDARY, EducationLevel.UPPER_SECONDARY,
            EducationLevel.UPPER_SECONDARY, EducationLevel.UPPER_SECONDARY, EducationLevel.UPPER_SECONDARY,
            EducationLevel.LOWER_SECONDARY, EducationLevel.LOWER_SECONDARY, EducationLevel.SHORT_CYCLE_TERTIARY,
            EducationLevel.BACHELORS, null};
        v.education(child ? EducationLevel.LOWER_SECONDARY : adults[i % 10]);
        if (child || age < 25 || i % 3 == 1) {
            v.maritalStatus(MaritalStatus.SINGLE).children(0);
        } else if (i % 3 == 0) {
            v.maritalStatus(MaritalStatus.MARRIED).children(1 + i % 2);
        }
    }

    /** Repatriation by BP3MI for all; social rehabilitation for children and some adults; health care after abuse. */
    private void services(Victim.Builder v, boolean child, boolean beaten) {
        LocalDate home = FIRST_REPATRIATED.plusDays(random.nextInt(35));
        LocalDate back = home.plusDays(3 + random.nextInt(8));
        v.service(new VictimService(ServiceType.REPATRIATION, agencies.get(ProvincialAgency.BP3MI), home, back));
        if (child || random.nextInt(3) == 0) {
            v.service(new VictimService(ServiceType.SOCIAL_REHABILITATION,
                    agencies.get(ProvincialAgency.SOCIAL_AFFAIRS), back, back.plusDays(30 + random.nextInt(60))));
            v.referral(new Referral(agencies.get(ProvincialAgency.BP3MI), agencies.get(ProvincialAgency.SOCIAL_AFFAIRS),
                    back, ServiceType.SOCIAL_REHABILITATION, true, ReferralReason.ADDITIONAL_SERVICES_REQUIRED, back)
                    .withCaseWorkers(BP3MI_CASE_WORKER, SOCIAL_CASE_WORKER));
        }
        if (beaten) {
            v.service(new VictimService(ServiceType.HEALTH_REHABILITATION, agencies.get(ProvincialAgency.HEALTH),
                    back, back.plusDays(14 + random.nextInt(30))));
        }
    }

    /** Claims assessed with LPSK and taken into the indictment: fees and lost wages, suffering, medical costs. */
    private void restitution(Victim.Builder v, boolean beaten) {
        v.restitution(Restitution.claim(RestitutionHead.LOST_PROPERTY_OR_INCOME,
                Rupiah.of(2_500_000L * (2 + random.nextInt(9)))).inIndictment());
        v.restitution(Restitution.claim(RestitutionHead.SUFFERING, Rupiah.of(15_000_000)).inIndictment());
        if (beaten) {
            v.restitution(Restitution.claim(RestitutionHead.MEDICAL_OR_PSYCHOLOGICAL_COSTS,
                    Rupiah.of(4_500_000)).inIndictment());
        }
    }

    private JurisdictionCode district(JurisdictionCode regency) {
        List<Jurisdiction> districts = areas.children(regency).stream()
                .filter(j -> j.level() == Level.DISTRICT)
                .toList();
        return districts.get(random.nextInt(districts.size())).code();
    }

    /** {@code PPKKCC DDMMYY NNNN}: issuing district, birth date (day + 40 for women), a serial from 0001. */
    private Nik nik(JurisdictionCode district, LocalDate born, Sex sex) {
        String prefix = district.value().replace(".", "");
        int day = born.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        String date = String.format(Locale.ROOT, "%02d%02d%02d", day, born.getMonthValue(), born.getYear() % 100);
        String nik;
        do {
            nik = prefix + date + String.format(Locale.ROOT, "%04d", 1 + random.nextInt(9999));
        } while (!niks.add(nik));
        return Nik.of(nik);
    }

    private String name(Sex sex) {
        List<String> given = sex == Sex.FEMALE ? WOMEN_NAMES : MEN_NAMES;
        return given.get(random.nextInt(given.size())) + " " + FAMILY_NAMES.get(random.nextInt(FAMILY_NAMES.size()));
    }

    /** Fake job ads ran on Facebook, TikTok and Instagram; recruiters also wrote directly on chat apps. */
    private static RecruitmentChannel channel(Platform platform) {
        return switch (platform) {
            case FACEBOOK, TIKTOK, INSTAGRAM -> RecruitmentChannel.ONLINE_ADVERTISEMENT;
            default -> RecruitmentChannel.ONLINE_SOCIAL_NETWORK;
        };
    }

    private Platform platform() {
        Platform[] platforms = {Platform.FACEBOOK, Platform.FACEBOOK, Platform.TELEGRAM, Platform.WHATSAPP,
            Platform.WHATSAPP, Platform.TIKTOK, Platform.INSTAGRAM};
        return platforms[random.nextInt(platforms.length)];
    }

    private static Map<String, LanguageCode> homeLanguages() {
        LanguageCode malay = LanguageCode.of("msa");
        LanguageCode dayak = LanguageCode.of("day");
        Map<String, LanguageCode> m = new LinkedHashMap<>();
        for (String coast : List.of("61.01", "61.02", "61.04", "61.11", "61.12", "61.71")) {
            m.put(coast, malay);
        }
        for (String interior : List.of("61.03", "61.05", "61.06", "61.07", "61.08", "61.09", "61.10")) {
            m.put(interior, dayak);
        }
        m.put("61.72", LanguageCode.of("zho"));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Integer> origins() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("61.01", 8);  // Sambas
        m.put("61.02", 5);  // Mempawah
        m.put("61.03", 7);  // Sanggau
        m.put("61.04", 5);  // Ketapang
        m.put("61.05", 6);  // Sintang
        m.put("61.06", 3);  // Kapuas Hulu
        m.put("61.07", 5);  // Bengkayang
        m.put("61.08", 6);  // Landak
        m.put("61.09", 2);  // Sekadau
        m.put("61.10", 2);  // Melawi
        m.put("61.11", 1);  // Kayong Utara
        m.put("61.12", 8);  // Kubu Raya
        m.put("61.71", 9);  // Kota Pontianak
        m.put("61.72", 3);  // Kota Singkawang
        return Collections.unmodifiableMap(m);
    }
}
