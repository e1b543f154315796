package id.gugus.cases;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.AgencyId;
import id.gugus.common.CountryCode;
import id.gugus.common.LanguageCode;
import id.gugus.common.Rupiah;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.jurisdiction.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Generators for the property tests: real districts and NIKs built from them, and arbitrary
 * (often invalid) cases. Ids come from small pools so that duplicates occur.
 */
final class CaseArbitraries {
    private static final List<JurisdictionCode> DISTRICTS = JurisdictionDirectory.bundled().all().stream()
            .filter(j -> j.level() == Level.DISTRICT).map(j -> j.code()).toList();

    private CaseArbitraries() {}

    static Arbitrary<JurisdictionCode> districts() {
        return Arbitraries.of(DISTRICTS);
    }

    static Arbitrary<LocalDate> datesBetween(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** Anything from the 19th to the 21st century, past and future alike. */
    static Arbitrary<LocalDate> anyDates() {
        return datesBetween(LocalDate.of(1850, 1, 1), LocalDate.of(2100, 12, 31));
    }

    /** The NIK of a person of {@code sex} born on {@code born}, first registered in {@code district}. */
    static String nik(JurisdictionCode district, LocalDate born, Sex sex, int serial) {
        int day = born.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        return district.value().replace(".", "")
                + String.format("%02d%02d%02d%04d", day, born.getMonthValue(), born.getYear() % 100, serial);
    }

    /**
     * Structured personal data with every part: a full name and a name as known, a mobile phone,
     * an e-mail address and a messaging account, an address with a village code, a passport.
     */
    static Arbitrary<PersonalData> structuredPeople() {
        Arbitrary<String> words = Arbitraries.strings().alpha().ofMinLength(4).ofMaxLength(12);
        Arbitrary<PersonName> names = Combinators.combine(Arbitraries.of("Siti", "Dewi", "Agus", "Nur", "Yohanes", "Maria"),
                words, words).as((first, last, alias) -> new PersonName(first + " " + last, "Kak " + alias));
        Arbitrary<ImmutableList<Contact>> contacts = Combinators.combine(
                Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(10), words).as((digits, user) -> ImmutableList.of(
                        Contact.of(ContactType.MOBILE_PHONE, "+62 8" + digits),
                        Contact.of(ContactType.EMAIL, user.toLowerCase() + "@contoh.id"),
                        Contact.of(ContactType.MESSAGING, "@" + user + "_wa")));
        Arbitrary<Address> addresses = Combinators.combine(districts(), Arbitraries.integers().between(2001, 2099), words,
                Arbitraries.integers().between(1, 999)).as((district, village, street, no) ->
                        new Address(JurisdictionCode.of(district.value() + "." + village), "Jl. " + street + " No. " + no));
        Arbitrary<ImmutableList<IdentityDocument>> passports = Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z')
                .ofLength(2), Arbitraries.strings().numeric().ofLength(7), Arbitraries.of("KHM", "MYS", "IDN", "MMR"))
                .as((letters, digits, country) -> ImmutableList.of(
                        IdentityDocument.of(DocumentType.PASSPORT, letters + digits, CountryCode.of(country))));
        return Combinators.combine(names, niks(), contacts, addresses, passports).as(PersonalData::new);
    }

    /** Every text of personal data a person could be found by, to look for where it must not be. */
    static List<String> personalTexts(PersonalData p) {
        List<String> texts = new java.util.ArrayList<>();
        if (p.name() != null) {
            java.util.stream.Stream.of(p.name().full(), p.name().known()).filter(t -> t != null).forEach(texts::add);
        }
        if (p.nik() != null) {
            texts.add(p.nik().value());
        }
        p.contacts().forEach(c -> texts.add(c.value()));
        if (p.address() != null && p.address().text() != null) {
            texts.add(p.address().text());
        }
        p.documents().forEach(d -> texts.add(d.number()));
        return texts;
    }

    /** Valid NIKs of real districts half the time, any 16 digits otherwise. */
    static Arbitrary<Nik> niks() {
        Arbitrary<String> real = Combinators.combine(districts(), anyDates(), Arbitraries.of(Sex.class),
                Arbitraries.integers().between(0, 9999)).as(CaseArbitraries::nik);
        return Arbitraries.oneOf(real, Arbitraries.strings().numeric().ofLength(16)).map(Nik::of);
    }

    static <T> Arbitrary<T> pool(java.util.function.Function<UUID, T> id) {
        return Arbitraries.of(UUID.fromString("00000000-0000-0000-0000-000000000001"),
                UUID.fromString("00000000-0000-0000-0000-000000000002"),
                UUID.fromString("00000000-0000-0000-0000-000000000003")).map(id);
    }

    static Arbitrary<String> reasons() {
        return Arbitraries.of("", "  ", "Penyidikan dihentikan (SP3)", "Putusan berkekuatan hukum tetap").injectNull(0.4);
    }

    static Arbitrary<LegalElements> elements() {
        return Combinators.combine(Arbitraries.of(Act.class).set(), Arbitraries.of(Means.class).set(),
                Arbitraries.of(ExploitationType.class).set())
                .as((a, m, p) -> new LegalElements(ImmutableSet.copyOf(a), ImmutableSet.copyOf(m), ImmutableSet.copyOf(p)));
    }

    static Arbitrary<Restitution> restitution() {
        Arbitrary<Rupiah> amounts = Arbitraries.longs().between(0, Rupiah.MAX).map(Rupiah::of);
        return Combinators.combine(Arbitraries.of(RestitutionHead.class), amounts, amounts.injectNull(0.5),
                Arbitraries.of(RestitutionState.class)).as(Restitution::new);
    }

    static Arbitrary<VictimService> services() {
        return Combinators.combine(Arbitraries.of(ServiceType.class), pool(AgencyId::new), anyDates(),
                anyDates().injectNull(0.4), anyDates().injectNull(0.6)).as(VictimService::new);
    }

    static Arbitrary<Referral> referrals() {
        return Combinators.combine(pool(AgencyId::new), pool(AgencyId::new), anyDates(), Arbitraries.of(ServiceType.class),
                Arbitraries.of(true, false), Arbitraries.of(ReferralReason.class).injectNull(0.5),
                anyDates().injectNull(0.5)).as(Referral::new)
                .flatMap(r -> Combinators.combine(caseWorkers(), caseWorkers()).as(r::withCaseWorkers));
    }

    /** An actor id, or none. */
    static Arbitrary<String> caseWorkers() {
        return Arbitraries.of("dp3a-kalbar/case-worker", "dinsos-kalbar/pekerja-sosial", "bp3mi-kalbar/petugas").injectNull(0.4);
    }

    /** Any background: each field recorded or not, children also out of range, languages from a small pool so they repeat. */
    static Arbitrary<Background> backgrounds() {
        Arbitrary<LanguageCode> languages = Arbitraries.of("ind", "msa", "day", "khm", "zho").map(LanguageCode::of).injectNull(0.4);
        return Combinators.combine(Arbitraries.of(MaritalStatus.class).injectNull(0.3),
                Arbitraries.integers().between(-5, Background.MAX_CHILDREN + 5).injectNull(0.3), languages, languages,
                Arbitraries.of(EducationLevel.class).injectNull(0.3)).as(Background::new);
    }

    /** Deceased, with a date or without. */
    static Arbitrary<Death> deaths() {
        return anyDates().injectNull(0.3).map(Death::new);
    }

    static Arbitrary<Victim> victims() {
        return Builders.withBuilder(Victim::builder)
                .use(pool(VictimId::new)).in(Victim.Builder::id)
                .use(Arbitraries.of(Sex.class)).in(Victim.Builder::sex)
                .use(anyDates()).in(Victim.Builder::traffickedOn)
                .use(anyDates()).withProbability(0.7).in(Victim.Builder::birthDate)
                .use(Arbitraries.integers()).withProbability(0.5).in(Victim.Builder::age)
                .use(Arbitraries.of("IDN", "KHM", "MYS").map(CountryCode::of)).in(Victim.Builder::citizenship)
                .use(Arbitraries.of("61", "61.71", "61.71.01", "33.74").map(JurisdictionCode::of)).withProbability(0.6)
                .in(Victim.Builder::origin)
                .use(niks()).withProbability(0.7).in(Victim.Builder::nik)
                .use(elements()).in(Victim.Builder::elements)
                .use(restitution().list().ofMaxSize(5)).in((b, list) -> each(b, list, Victim.Builder::restitution))
                .use(services().list().ofMaxSize(3)).in((b, list) -> each(b, list, Victim.Builder::service))
                .use(referrals().list().ofMaxSize(3)).in((b, list) -> each(b, list, Victim.Builder::referral))
                .use(Arbitraries.of(Gender.class)).withProbability(0.5).in(Victim.Builder::gender)
                .use(Arbitraries.of("IDN", "KHM", "MYS", "PHL").map(CountryCode::of).set().ofMaxSize(2))
                .in((b, set) -> b.otherCitizenships(set.toArray(CountryCode[]::new)))
                .use(determinations()).withProbability(0.6).in(Victim.Builder::traffickingStatus)
                .use(exploitations()).in(Victim.Builder::exploitation)
                .use(Arbitraries.of(RecruiterRelation.class).set().ofMaxSize(2))
                .in((b, set) -> b.recruitedBy(set.toArray(RecruiterRelation[]::new)))
                .use(consents().list().ofMaxSize(3)).in((b, list) -> each(b, list, Victim.Builder::consent))
                .use(backgrounds()).withProbability(0.8).in(Victim.Builder::background)
                .use(deaths()).withProbability(0.3).in(Victim.Builder::death)
                .build(Victim.Builder::build);
    }

    /** Any determination, decided ones with or without the agency and the date. */
    static Arbitrary<TraffickingDetermination> determinations() {
        return Combinators.combine(Arbitraries.of(TraffickingStatus.class), pool(AgencyId::new).injectNull(0.3),
                anyDates().injectNull(0.3)).as(TraffickingDetermination::new);
    }

    /** Any details of exploitation, consistent with the purposes or not. */
    static Arbitrary<Exploitation> exploitations() {
        return Combinators.combine(Arbitraries.of(LabourSector.class).set().ofMaxSize(3),
                Arbitraries.of(SexExploitationType.class).set().ofMaxSize(2), Arbitraries.of(Platform.class).set().ofMaxSize(3),
                Arbitraries.of("KHM", "MYS", "MMR").map(CountryCode::of).injectNull(0.5))
                .as((sectors, sex, platforms, country) -> new Exploitation(ImmutableSet.copyOf(sectors),
                        ImmutableSet.copyOf(sex), ImmutableSet.copyOf(platforms), country));
    }

    static Arbitrary<Consent> consents() {
        return Combinators.combine(Arbitraries.of(ConsentPurpose.class), Arbitraries.of(true, false), anyDates())
                .as(Consent::new);
    }

    static Arbitrary<Suspect> suspects() {
        return Combinators.combine(pool(SuspectId::new), Arbitraries.of(SuspectKind.class), niks().injectNull(0.4),
                Arbitraries.of(SuspectRole.class).set(), Arbitraries.of(CountryCode.INDONESIA).injectNull(0.5))
                .as((id, kind, nik, roles, country) -> new Suspect(id, kind, PersonalData.NONE.withNik(nik),
                        ImmutableSet.copyOf(roles), country));
    }

    static Arbitrary<StatusChange> statusChanges() {
        return Combinators.combine(Arbitraries.of(CaseStatus.class), Arbitraries.of(CaseStatus.class), anyDates(),
                reasons()).as(StatusChange::new);
    }

    static Arbitrary<TraffickingCase> cases() {
        return Combinators.combine(anyDates(), Arbitraries.of(CaseStatus.class), reasons(), victims().list().ofMaxSize(4),
                suspects().list().ofMaxSize(3), statusChanges().list().ofMaxSize(5), routes(), managements())
                .as((reported, status, reason, victims, suspects, history, route, management) -> new TraffickingCase(
                        CaseId.random(), 0, CaseNumber.of("LP/B/1/2024"), CaseFixtures.KALBAR, reported, status, reason,
                        ImmutableList.copyOf(victims), ImmutableList.copyOf(suspects), route,
                        ImmutableList.copyOf(history), management));
    }

    /** The scam route with any dates, or none, on its places. */
    static Arbitrary<Route> routes() {
        Route r = CaseFixtures.scamRoute();
        Arbitrary<LocalDate> dates = anyDates().injectNull(0.4);
        return Combinators.combine(dates, dates, dates).as((a, b, c) -> new Route(r.recruitment().on(a),
                ImmutableList.of(r.transit().get(0).on(b)), r.exploitation().on(c)));
    }

    /** Any case-management record, or none. */
    static Arbitrary<CaseManagement> managements() {
        return Combinators.combine(Arbitraries.of(CaseManagementState.class),
                Arbitraries.of("dp3a-kalbar/case-worker", "dinsos-kalbar/pekerja-sosial").injectNull(0.3), anyDates())
                .as(CaseManagement::new).injectNull(0.3);
    }

    private static <B, T> B each(B builder, List<T> values, java.util.function.BiFunction<B, T, B> add) {
        for (T value : values) {
            add.apply(builder, value);
        }
        return builder;
    }
}
