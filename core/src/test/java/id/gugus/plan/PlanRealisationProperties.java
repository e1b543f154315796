package id.gugus.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.gugus.common.Period;
import id.gugus.common.Rupiah;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.taskforce.Cluster;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlanRealisationProperties {
    private static final Period PERIOD = Period.years(2020, 2024);
    // Half of the last kept digit (rounding) plus room for the 20-digit intermediate percentages.
    private static final BigDecimal HALF_STEP = new BigDecimal("0.05");
    private static final BigDecimal SLACK = new BigDecimal("1E-15");

    /** Measurable activities of one cluster: targets above zero, realised values not negative. */
    @Provide
    Arbitrary<List<Activity>> measurable() {
        Arbitrary<Activity> activity = Combinators.combine(
                        Arbitraries.of("orang", "organisasi", "ORANG"),
                        PlanArbitraries.values(1, 10_000).filter(t -> t.signum() > 0),
                        PlanArbitraries.values(0, 20_000).list().ofMaxSize(3))
                .as((unit, target, realised) -> {
                    Activity a = Activity.builder("Kegiatan", Cluster.PREVENTION, PlanFixtures.DINAS_PPPA)
                            .indicator(new Indicator("Capaian", unit, target)).schedule(PERIOD)
                            .budget(1_000, FundingSource.APBD).build();
                    for (BigDecimal r : realised) {
                        a = a.withProgress(new ProgressReport(PERIOD, r));
                    }
                    return a;
                });
        return activity.list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<ActionPlan> plans() {
        return PlanArbitraries.plans();
    }

    @Property
    void realisationLiesBetweenZeroAndTheActivitiesOwnRatios(@ForAll("measurable") List<Activity> activities) {
        BigDecimal result = realisation(activities);
        BigDecimal min = activities.stream().map(PlanRealisationProperties::exactPercent).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = activities.stream().map(PlanRealisationProperties::exactPercent).max(BigDecimal::compareTo).orElseThrow();
        assertThat(result.signum()).isNotNegative();
        assertThat(result.scale()).isEqualTo(1);
        assertThat(result).isGreaterThanOrEqualTo(min.subtract(HALF_STEP).subtract(SLACK));
        assertThat(result).isLessThanOrEqualTo(max.add(HALF_STEP).add(SLACK));
    }

    @Property
    void activitiesWithinTheirTargetsNeverExceedOneHundredPercent(@ForAll("measurable") List<Activity> activities) {
        List<Activity> capped = activities.stream().filter(a -> a.realised().compareTo(a.indicator().target()) <= 0).toList();
        if (!capped.isEmpty()) {
            assertThat(realisation(capped)).isLessThanOrEqualTo(new BigDecimal("100.0"));
        }
    }

    @Property
    void countsAndBudgetsAddUpAndNothingThrows(@ForAll("plans") ActionPlan plan) {
        PlanRealisation r = PlanRealisation.of(plan);
        assertThat(r.clusters()).hasSize(Cluster.values().length);
        assertThat(r.activityCount()).isEqualTo(plan.activities().size());
        assertThat(r.totalBudget()).isEqualTo(plan.activities().stream().map(a -> a.budget().amount()).reduce(Rupiah.ZERO, Rupiah::plus));
        for (ClusterRealisation c : r.clusters()) {
            boolean measurable = plan.activities().stream()
                    .anyMatch(a -> a.cluster() == c.cluster() && a.indicator().target().signum() > 0);
            assertThat(c.realisation().isPresent()).isEqualTo(measurable);
        }
    }

    private static BigDecimal realisation(List<Activity> activities) {
        ActionPlan plan = new ActionPlan(ActionPlanId.random(), 0, "RAD", JurisdictionCode.of("61"), ActionPlanId.random(),
                PERIOD, PlanStatus.DRAFT, null, ImmutableList.copyOf(activities));
        return PlanRealisation.of(plan).cluster(Cluster.PREVENTION).realisation().orElseThrow();
    }

    private static BigDecimal exactPercent(Activity a) {
        return a.realised().multiply(BigDecimal.valueOf(100)).divide(a.indicator().target(), 30, RoundingMode.HALF_UP);
    }
}
