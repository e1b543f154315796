package id.gugus.examples.kalbar;

import id.gugus.cases.AgeBand;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.Statistics;
import id.gugus.cases.StatisticsKey;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.meeting.FollowUpState;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.ClusterRealisation;
import id.gugus.plan.PlanRealisation;
import id.gugus.plan.PlanTerms;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.ComplianceCheck;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceStatus;
import id.gugus.validation.RuleMessages;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Step 9: where the province stands, read back from the store: the compliance of its 15 task
 * forces with Regulation 49/2023, the RAD's realisation per cluster, the meetings' follow-ups,
 * and its victims by regency, sex, age band, exploitation type and destination. Counts only;
 * counts under 11 are marked, since published statistics must suppress them (CTDC, k = 11).
 */
final class ProvincialReport {
    /** The smallest count CTDC publishes. */
    static final int K_ANONYMITY = 11;

    /** The report's figures, for the caller (and the tests) to check. */
    record Figures(int taskForces, int compliant, int established, long cases, long victims, long children,
            int overdueFollowUps, PlanRealisation realisation) {}

    private ProvincialReport() {}

    static Figures run(GugusStore store, ActionPlan rad, Console out) {
        LocalDate today = LocalDate.now(store.clock());
        JurisdictionCode province = KalbarAreas.PROVINCE;
        out.step("Provincial report: " + store.jurisdictions().get(province).name() + ", as of " + today);

        List<TaskForce> taskForces = store.taskForces().inSubtree(province);
        int compliant = 0;
        int established = 0;
        out.line("Task forces (%d) and their compliance with Perpres 49/2023", taskForces.size());
        out.line("  %-6s %-26s %-12s %-10s %-11s %s", "code", "area", "status", "chair", "daily chair", "compliance");
        for (TaskForce tf : taskForces) {
            Violations verdict = ComplianceCheck.check(tf);
            compliant += verdict.isEmpty() ? 1 : 0;
            established += tf.status() == TaskForceStatus.ESTABLISHED ? 1 : 0;
            out.line("  %-6s %-26s %-12s %-10s %-11s %s", tf.jurisdiction(), name(store, tf.jurisdiction()),
                    Offices.label(tf.status()), Offices.label(tf.chair().position()),
                    Offices.label(tf.dailyChair().position()), verdict(verdict, tf));
        }
        out.line("compliant: %d of %d; established: %d; SK awaiting signature: %d", compliant, taskForces.size(),
                established, taskForces.size() - established);

        out.blank();
        PlanRealisation realisation = ActionPlanSection.print(store, rad, out);

        out.blank();
        int overdue = store.meetings().followUps(FollowUpState.OVERDUE, today).size();
        out.line("Follow-ups of coordination meetings: %d open, %d overdue",
                store.meetings().followUps(FollowUpState.OPEN, today).size(), overdue);

        out.blank();
        CaseQuery inProvince = CaseQuery.all().within(province);
        long cases = store.cases().count(inProvince);
        Statistics bySex = store.cases().statistics(inProvince, Dimension.SEX);
        out.line("Victims in cases registered in %s: %d case(s), %d victims (* under %d: suppress before publishing)",
                province, cases, bySex.totalVictims(), K_ANONYMITY);
        table(out, "by regency of origin", store.cases().statistics(inProvince, Dimension.ORIGIN_REGENCY),
                key -> key.area().map(code -> code + " " + name(store, code)).orElse("unknown"));
        table(out, "by sex", bySex, key -> key.sex().map(sex -> sex.name().toLowerCase(Locale.ROOT)).orElse("unknown"));
        Statistics byAge = store.cases().statistics(inProvince, Dimension.AGE_BAND);
        table(out, "by age when trafficked", byAge, key -> key.ageBand().map(ProvincialReport::ageBand).orElse("unknown"));
        table(out, "by exploitation type", store.cases().statistics(inProvince, Dimension.EXPLOITATION_TYPE),
                StatisticsKey::text);
        table(out, "by destination country", store.cases().statistics(inProvince, Dimension.DESTINATION_COUNTRY),
                StatisticsKey::text);
        long children = byAge.rows().stream()
                .filter(r -> r.first().ageBand().filter(band -> band.to() < 18).isPresent())
                .mapToLong(Statistics.Row::victims).sum();
        return new Figures(taskForces.size(), compliant, established, cases, bySex.totalVictims(), children,
                overdue, realisation);
    }

    private static String verdict(Violations verdict, TaskForce tf) {
        if (verdict.isEmpty()) {
            return tf.history().isEmpty() ? "compliant" : "compliant (re-formed " + tf.history().get(0).replacedOn() + ")";
        }
        return "NOT compliant: " + verdict.all().stream().map(Violation::ruleId).collect(Collectors.joining(", "));
    }

    private static void table(Console out, String title, Statistics stats, Function<StatisticsKey, String> label) {
        out.line("  %s:", title);
        for (Statistics.Row row : stats.rows()) {
            out.line("    %-34s %3d%s", label.apply(row.first()), row.victims(), row.victims() < K_ANONYMITY ? " *" : "");
        }
    }

    private static String ageBand(AgeBand band) {
        return band.to() == Integer.MAX_VALUE ? band.from() + "+" : band.from() + "-" + band.to();
    }

    private static String name(GugusStore store, JurisdictionCode code) {
        return store.jurisdictions().find(code).map(Jurisdiction::name).orElse("(unknown area)");
    }

    /** The RAD's realisation per cluster, with the cluster names in Indonesian. */
    private static final class ActionPlanSection {
        static PlanRealisation print(GugusStore store, ActionPlan rad, Console out) {
            ActionPlan stored = store.actionPlans().get(rad.id());
            PlanRealisation r = PlanRealisation.of(stored);
            out.line("RAD 2020-2024 (%s, version %d): realisation per cluster", stored.status(), stored.version());
            out.line("  %-52s %10s %16s %10s", "cluster", "activities", "budget (Rp)", "realised");
            for (ClusterRealisation c : r.clusters()) {
                out.line("  %-52s %10d %16s %10s", PlanTerms.cluster(c.cluster(), RuleMessages.INDONESIAN),
                        c.activityCount(), Console.rupiah(c.budget().amount()),
                        c.realisation().map(p -> p.toPlainString() + " %").orElse("n/a"));
            }
            out.line("  %-52s %10d %16s", "total", r.activityCount(), Console.rupiah(r.totalBudget().amount()));
            return r;
        }
    }
}
