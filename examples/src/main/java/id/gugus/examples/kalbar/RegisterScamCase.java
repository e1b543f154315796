package id.gugus.examples.kalbar;

import com.google.common.collect.ImmutableList;
import id.gugus.agency.AgencyId;
import id.gugus.cases.CaseManagement;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Place;
import id.gugus.cases.Restitution;
import id.gugus.cases.Route;
import id.gugus.cases.Sex;
import id.gugus.cases.Suspect;
import id.gugus.cases.SuspectKind;
import id.gugus.cases.SuspectRole;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.common.CountryCode;
import id.gugus.common.LanguageCode;
import id.gugus.common.Rupiah;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.jurisdiction.Level;
import id.gugus.store.GugusStore;
import id.gugus.store.Saved;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Step 6: the case of 70 residents recruited through fake job ads on social media and held in
 * online-scam compounds in Cambodia. Registered by the regional police with every victim and
 * suspect, the route through the Entikong border post and Malaysia, then moved up through
 * criminal procedure to prosecution, with the restitution claims in the indictment.
 */
final class RegisterScamCase {
    static final CaseNumber NUMBER = CaseNumber.of("LP/B/112/III/2024/SPKT/POLDA KALIMANTAN BARAT");
    static final LocalDate REPORTED_ON = LocalDate.of(2024, 3, 18);
    /** The actor of Dinas PPPA's case worker (step 8 of the story), who owns the case work. */
    static final String CASE_OWNER = "dp3a-kalbar/case-worker";
    static final CountryCode MALAYSIA = CountryCode.of("MYS");
    static final CountryCode CAMBODIA = CountryCode.of("KHM");

    private RegisterScamCase() {}

    static TraffickingCase run(GugusStore store, KalbarAgencies agencies, Console out) {
        out.step("The case: 70 residents in online-scam compounds in Cambodia");
        Optional<TraffickingCase> found = store.cases().findByNumber(NUMBER);
        TraffickingCase c;
        if (found.isPresent()) {
            c = found.get();
            out.line("case %s: found it stored (version %d)", NUMBER, c.version());
        } else {
            c = store.inUnitOfWork(s -> register(s, agencies, out));
        }
        describe(c, out);
        describeCaseWork(c, agencies, out);
        return c;
    }

    private static TraffickingCase register(GugusStore store, KalbarAgencies agencies, Console out) {
        ImmutableList<Victim> victims = ScamVictims.generate(JurisdictionDirectory.bundled(), agencies);
        TraffickingCase c = TraffickingCase.register(NUMBER, KalbarAreas.PROVINCE, REPORTED_ON)
                .withVictims(victims)
                .withRoute(new Route(Place.in(KalbarAreas.PROVINCE),
                        ImmutableList.of(Place.in(KalbarAreas.ENTIKONG), Place.abroad(MALAYSIA)),
                        Place.abroad(CAMBODIA)))
                // Dinas PPPA's case worker runs the case work beside the police's procedure.
                .withManagement(CaseManagement.active(CASE_OWNER, REPORTED_ON));
        for (Suspect suspect : suspects()) {
            c = c.withSuspect(suspect);
        }
        Saved<TraffickingCase> registered = store.cases().save(c);
        c = registered.stored();
        out.line("case %s registered on %s by Polda Kalimantan Barat (version %d)", NUMBER, REPORTED_ON, c.version());
        out.warnings(registered);
        c = store.cases().save(c.moveTo(CaseStatus.INQUIRY, LocalDate.of(2024, 3, 25))).stored();
        c = store.cases().save(c.moveTo(CaseStatus.INVESTIGATION, LocalDate.of(2024, 5, 13))).stored();
        // Lawful: every victim's elements are complete (act, means and purpose; act and purpose for a child).
        c = store.cases().save(c.moveTo(CaseStatus.PROSECUTION, LocalDate.of(2024, 9, 9))).stored();
        return c;
    }

    /**
     * Two recruiters who posted the ads, the transporter across the border, the broker, and the
     * agency (a corporation, UU 21/2007 Art. 13). Placeholders stand for their names: the scenario
     * names no real person or company as a suspect.
     */
    private static ImmutableList<Suspect> suspects() {
        return ImmutableList.of(
                Suspect.naturalPerson(PersonalData.of("Suspect A (recruiter)", Nik.of("6171041203880007"), null, null),
                        CountryCode.INDONESIA, SuspectRole.RECRUITER),
                Suspect.naturalPerson(PersonalData.of("Suspect B (recruiter)", Nik.of("6172025508920003"), null, null),
                        CountryCode.INDONESIA, SuspectRole.RECRUITER),
                Suspect.naturalPerson(PersonalData.of("Suspect C (transporter)", Nik.of("6103210907850002"), null,
                        null), CountryCode.INDONESIA, SuspectRole.TRANSPORTER),
                Suspect.naturalPerson(PersonalData.named("Suspect D (broker)"), null, SuspectRole.BROKER_OR_AGENT),
                Suspect.legalPerson("PT Lintas Karya Mandiri (fictitious job agency)", SuspectRole.RECRUITER,
                        SuspectRole.BROKER_OR_AGENT));
    }

    /** Counts and codes only: nothing that identifies a victim or a suspect. */
    private static void describe(TraffickingCase c, Console out) {
        long women = c.victims().stream().filter(v -> v.sex() == Sex.FEMALE).count();
        long children = c.victims().stream().filter(Victim::wasChild).count();
        long regencies = c.victims().stream().map(v -> v.origin().ancestorAt(Level.REGENCY)).distinct().count();
        long withNik = c.victims().stream().filter(v -> v.personal().nik() != null).count();
        out.line("victims: %d (%d men, %d women; %d children under 18 when recruited) from %d regencies and cities;"
                + " %d with a NIK", c.victims().size(), c.victims().size() - women, women, children, regencies, withNik);
        out.line("recruited through: %s", c.victims().stream()
                .collect(Collectors.groupingBy(v -> v.platform().name(), TreeMap::new, Collectors.counting()))
                .toString().replaceAll("[{}]", ""));
        long legal = c.suspects().stream().filter(s -> s.kind() == SuspectKind.LEGAL_PERSON).count();
        out.line("suspects: %d natural persons, %d legal person; roles %s", c.suspects().size() - legal, legal,
                c.suspects().stream().flatMap(s -> s.roles().stream()).map(Enum::name).sorted().distinct()
                        .collect(Collectors.joining(", ")));
        Route r = c.route();
        out.line("route: %s -> %s -> %s%s", place(r.recruitment()),
                r.transit().stream().map(RegisterScamCase::place).collect(Collectors.joining(" -> ")),
                place(r.exploitation()), r.exploitationAbroad() ? " (abroad: repatriation track)" : "");
        out.line("status: %s", c.statusHistory().isEmpty() ? c.status().name()
                : c.statusHistory().get(0).from() + c.statusHistory().stream()
                        .map(s -> " -> " + s.to() + " (" + s.on() + ")").collect(Collectors.joining()));
        long claimants = c.victims().stream().filter(v -> !v.restitution().isEmpty()).count();
        long claimed = c.victims().stream().flatMap(v -> v.restitution().stream()).map(Restitution::claimed)
                .mapToLong(Rupiah::amount).sum();
        out.line("restitution (UU 21/2007 Art. 48): %d victims claim Rp %s in all, taken into the indictment",
                claimants, Console.rupiah(claimed));
    }

    /**
     * The HTCDS fields of the case work, as counts and codes: who determined the victims, who owns
     * the case work, the case workers of the referrals, and the victims' languages, schooling and
     * marital status. Read back from the store, so a second run prints what it found stored.
     */
    private static void describeCaseWork(TraffickingCase c, KalbarAgencies agencies, Console out) {
        AgencyId polda = agencies.get(ProvincialAgency.POLDA);
        out.line("trafficking status: %s; decided by Polda Kalimantan Barat for %d",
                counts(c, v -> v.traffickingStatus() == null ? null : v.traffickingStatus().status().name()),
                c.victims().stream().filter(v -> v.traffickingStatus() != null
                        && polda.equals(v.traffickingStatus().decidedBy())).count());
        CaseManagement m = c.management();
        out.line("case work: %s since %s, owner %s", m.state(), m.since(), m.owner());
        out.line("referrals to social rehabilitation: %d, case workers %s", c.victims().stream()
                .mapToLong(v -> v.referrals().size()).sum(), c.victims().stream().flatMap(v -> v.referrals().stream())
                .map(r -> r.referringCaseWorker() + " -> " + r.referredCaseWorker()).distinct().sorted()
                .collect(Collectors.joining(", ")));
        out.line("languages: Indonesian for %d (interpreter needed for %d); at home also %s",
                c.victims().stream().filter(v -> LanguageCode.INDONESIAN.equals(v.background().primaryLanguage())).count(),
                c.victims().stream().filter(v -> v.background().needsInterpreter()).count(),
                counts(c, v -> text(v.background().secondaryLanguage())));
        out.line("education (ISCED 2011): %s", counts(c, v -> text(v.background().education())));
        out.line("marital status: %s", counts(c, v -> text(v.background().maritalStatus())));
    }

    /** Victims per value, in value order; those without one under "not recorded". */
    private static String counts(TraffickingCase c, Function<Victim, String> value) {
        return c.victims().stream()
                .collect(Collectors.groupingBy(v -> Objects.requireNonNullElse(value.apply(v), "not recorded"),
                        TreeMap::new, Collectors.counting()))
                .toString().replaceAll("[{}]", "");
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static String place(Place p) {
        return p.isAbroad() ? p.country().value() : p.jurisdiction().value();
    }
}
