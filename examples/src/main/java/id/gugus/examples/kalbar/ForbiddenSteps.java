package id.gugus.examples.kalbar;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.Act;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.Means;
import id.gugus.cases.Nik;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.Decree;
import id.gugus.taskforce.TaskForce;
import id.gugus.validation.RuleMessages;
import id.gugus.validation.Violation;
import java.time.LocalDate;
import java.util.List;

/**
 * Step 7: what the law forbids, tried on purpose. Each attempt is refused with every broken rule,
 * in Indonesian as an official reads it, and nothing is stored.
 */
final class ForbiddenSteps {
    static final CaseNumber INVALID_NIK_CASE = CaseNumber.of("LP/B/131/XI/2024/SPKT/POLDA KALIMANTAN BARAT");

    private ForbiddenSteps() {}

    /** @return the ids of the rules that refused the attempts, in order */
    static List<String> run(GugusStore store, Console out) {
        out.step("What the law forbids (the library's messages, in Indonesian)");
        ImmutableList.Builder<String> refused = ImmutableList.builder();
        refused.addAll(wrongDailyChair(store, out));
        refused.addAll(prosecutionWithIncompleteElements(out));
        refused.addAll(invalidNik(store, out));
        return refused.build();
    }

    /** Re-forming the provincial task force, after Regulation 49/2023, with Dinas PPPA's head as daily chair. */
    private static List<String> wrongDailyChair(GugusStore store, Console out) {
        out.line("a) a provincial task force with the head of Dinas PPPA as daily chair, by a decree of %s:",
                ScenarioClock.TODAY);
        TaskForce current = store.taskForces().activeFor(KalbarAreas.PROVINCE).orElseThrow();
        Decree decree = Decree.draft("Keputusan Gubernur Kalimantan Barat Nomor 812/DPPPA/2024")
                .sign(ScenarioClock.TODAY, Offices.GOVERNOR);
        List<String> rules = refused(out, () -> store.taskForces().save(
                current.reform(Offices.GOVERNOR, Offices.HEAD_OF_DINAS_PPPA, decree, ScenarioClock.TODAY)));
        TaskForce after = store.taskForces().get(current.id());
        out.line("   stored task force unchanged: version %d, daily chair %s", after.version(),
                Offices.label(after.dailyChair().position()));
        return rules;
    }

    /** An adult victim for whom only act and purpose are established: no means, so no prosecution. */
    private static List<String> prosecutionWithIncompleteElements(Console out) {
        out.line("b) moving a case to prosecution while an adult victim's means are not established:");
        Victim adult = Victim.builder()
                .female()
                .age(24)
                .origin(JurisdictionCode.of("61.12.02"))
                .traffickedOn(LocalDate.of(2024, 6, 3))
                .acts(Act.RECRUITMENT, Act.TRANSPORTATION)
                .purposes(ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM)
                .build();
        TraffickingCase investigated = TraffickingCase.register(
                        CaseNumber.of("LP/B/98/VII/2024/SPKT/POLRES KUBU RAYA"), JurisdictionCode.of("61.12"),
                        LocalDate.of(2024, 7, 15))
                .withVictim(adult)
                .moveTo(CaseStatus.INQUIRY, LocalDate.of(2024, 7, 22))
                .moveTo(CaseStatus.INVESTIGATION, LocalDate.of(2024, 8, 19));
        return refused(out, () -> investigated.moveTo(CaseStatus.PROSECUTION, LocalDate.of(2024, 11, 4)));
    }

    /**
     * A woman's NIK whose day field is written as a man's (no +40), from a district that does not
     * exist, with serial 0000. The NIK itself is never printed.
     */
    private static List<String> invalidNik(GugusStore store, Console out) {
        out.line("c) registering a victim whose NIK is invalid:");
        Victim victim = Victim.builder()
                .female()
                .birthDate(LocalDate.of(2001, 5, 14))
                .nik(Nik.of("6199011405010000"))
                .origin(JurisdictionCode.of("61.01.05"))
                .traffickedOn(LocalDate.of(2024, 8, 1))
                .acts(Act.RECRUITMENT)
                .means(Means.FRAUD_OR_DECEPTION)
                .purposes(ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM)
                .build();
        TraffickingCase c = TraffickingCase.register(INVALID_NIK_CASE, KalbarAreas.PROVINCE, LocalDate.of(2024, 11, 25))
                .withVictim(victim);
        List<String> rules = refused(out, () -> store.cases().save(c));
        out.line("   nothing stored: case %s %s", INVALID_NIK_CASE,
                store.cases().findByNumber(INVALID_NIK_CASE).isPresent() ? "FOUND (unexpected)" : "not found");
        return rules;
    }

    /** Runs an attempt the law forbids and prints each error of the refusal; warnings are not the reason. */
    private static List<String> refused(Console out, Runnable attempt) {
        try {
            attempt.run();
        } catch (ValidationException e) {
            out.line("   refused:");
            ImmutableList.Builder<String> rules = ImmutableList.builder();
            for (Violation v : e.violations()) {
                if (v.isError()) {
                    out.line("   %s", v.format(RuleMessages.INDONESIAN));
                    rules.add(v.ruleId());
                }
            }
            return rules.build();
        }
        throw new IllegalStateException("the library accepted what the law forbids");
    }
}
