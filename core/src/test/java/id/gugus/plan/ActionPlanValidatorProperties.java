package id.gugus.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.gugus.common.Period;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.taskforce.Cluster;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ActionPlanValidatorProperties {
    private static final Set<String> RULE_IDS = Arrays.stream(PlanRule.values()).map(PlanRule::id).collect(Collectors.toSet());

    @Provide
    Arbitrary<PlanArbitraries.PlanAndParent> plansWithParents() {
        return PlanArbitraries.plansWithParents();
    }

    @Provide
    Arbitrary<ActionPlan> plans() {
        return PlanArbitraries.plans();
    }

    @Property
    void theValidatorNeverThrowsAndOnlyReportsPlanRules(@ForAll("plansWithParents") PlanArbitraries.PlanAndParent input) {
        Violations v = ActionPlanValidator.validate(input.plan(), input.parent());
        assertThat(v.all()).allSatisfy(violation -> {
            assertThat(RULE_IDS).contains(violation.ruleId());
            assertThat(violation.path()).isNotBlank();
            // Titles are data and may hold braces or quotes; once they are cut out, no
            // placeholder may be left unformatted.
            assertThat(withoutTitles(violation.messageId(), input.plan())).isNotBlank().doesNotContain("{", "}");
            assertThat(withoutTitles(violation.messageEn(), input.plan())).isNotBlank().doesNotContain("{", "}");
        });
    }

    @Property
    void changesNeverThrow(@ForAll("plans") ActionPlan stored, @ForAll("plans") ActionPlan updated) {
        Violations v = ActionPlanValidator.validateChange(stored, updated);
        assertThat(v.all()).extracting(Violation::ruleId).allMatch("PLAN-LIFECYCLE"::equals);
        assertThat(v.isEmpty()).isEqualTo(stored.status().canMoveTo(updated.status()));
    }

    @Property
    void oneClusterWarningPerClusterWithoutActivity(@ForAll("plans") ActionPlan plan) {
        long covered = plan.activities().stream().map(Activity::cluster).distinct().count();
        Violations v = ActionPlanValidator.validate(plan, Optional.empty());
        assertThat(v.warnings()).hasSize((int) (Cluster.values().length - covered))
                .extracting(Violation::ruleId).allMatch("PLAN-CLUSTER-MISSING"::equals);
    }

    /** A plan period and a schedule drawn inside it, boundaries included. */
    @Provide
    Arbitrary<Period[]> scheduleInside() {
        return PlanArbitraries.periods().flatMap(period -> {
            int days = (int) (period.end().toEpochDay() - period.start().toEpochDay());
            return Combinators.combine(Arbitraries.integers().between(0, days), Arbitraries.integers().between(0, days))
                    .as((a, b) -> new Period[] {period,
                            Period.of(period.start().plusDays(Math.min(a, b)), period.start().plusDays(Math.max(a, b)))});
        });
    }

    /** A plan period and a schedule that starts before it or ends after it (or both). */
    @Provide
    Arbitrary<Period[]> scheduleOutside() {
        return Combinators.combine(PlanArbitraries.periods(), PlanArbitraries.periods(),
                        Arbitraries.integers().between(1, 2000), Arbitraries.of(true, false))
                .as((period, other, shift, early) -> {
                    Period schedule = early
                            ? Period.of(period.start().minusDays(shift), other.end().isBefore(period.start()) ? period.start() : other.end())
                            : Period.of(other.start().isAfter(period.end()) ? period.end() : other.start(), period.end().plusDays(shift));
                    return new Period[] {period, schedule};
                });
    }

    @Property
    void aScheduleInsideThePeriodIsNeverFlagged(@ForAll("scheduleInside") Period[] periods) {
        Violations v = ActionPlanValidator.validate(planWithSchedule(periods[0], periods[1]), Optional.empty());
        assertThat(v.contains("PLAN-ACTIVITY-SCHEDULE")).isFalse();
    }

    @Property
    void aScheduleOutsideThePeriodIsAlwaysFlagged(@ForAll("scheduleOutside") Period[] periods) {
        Violations v = ActionPlanValidator.validate(planWithSchedule(periods[0], periods[1]), Optional.empty());
        assertThat(v.all()).filteredOn(x -> x.ruleId().equals("PLAN-ACTIVITY-SCHEDULE"))
                .extracting(Violation::path).containsExactly("activities[0].schedule");
    }

    private static String withoutTitles(String message, ActionPlan plan) {
        String result = message;
        // Longest first, so that a title contained in another does not leave the rest behind.
        List<String> titles = plan.activities().stream().map(Activity::title)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String title : titles) {
            result = result.replace("“" + title + "”", "");
        }
        return result;
    }

    private static ActionPlan planWithSchedule(Period period, Period schedule) {
        return new ActionPlan(ActionPlanId.random(), 0, "RAD", JurisdictionCode.of("61"), ActionPlanId.random(), period,
                PlanStatus.DRAFT, null, ImmutableList.of(PlanFixtures.activity("Kegiatan", Cluster.PREVENTION, schedule)));
    }
}
