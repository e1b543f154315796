package id.gugus.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.gugus.common.Period;
import id.gugus.common.Rupiah;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.taskforce.Cluster;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Realisation figures, each checked by hand in the comment above its assertion. */
class PlanRealisationTest {
    private static final Period PERIOD = Period.years(2020, 2024);

    private static Activity activity(Cluster cluster, String unit, BigDecimal target, BigDecimal realised, long budget) {
        Activity a = Activity.builder("Kegiatan", cluster, PlanFixtures.DINAS_PPPA)
                .indicator(new Indicator("Capaian", unit, target))
                .schedule(PERIOD).budget(budget, FundingSource.APBD).build();
        return realised == null ? a : a.withProgress(new ProgressReport(PERIOD, realised));
    }

    private static Activity activity(Cluster cluster, String unit, long target, long realised) {
        return activity(cluster, unit, BigDecimal.valueOf(target), BigDecimal.valueOf(realised), 1_000);
    }

    private static PlanRealisation of(Activity... activities) {
        return PlanRealisation.of(new ActionPlan(ActionPlanId.random(), 0, "RAD", JurisdictionCode.of("61"),
                ActionPlanId.random(), PERIOD, PlanStatus.DRAFT, null, ImmutableList.copyOf(activities)));
    }

    @Test
    void oneUnitSumsRealisedOverSumsTargets() {
        // (3,600 + 50) / (6,000 + 200) = 58.870…% → 58.9; the average of 60 % and 25 % would be 42.5.
        ClusterRealisation c = of(activity(Cluster.PREVENTION, "orang", 6000, 3600), activity(Cluster.PREVENTION, "orang", 200, 50))
                .cluster(Cluster.PREVENTION);
        assertThat(c.realisation()).contains(new BigDecimal("58.9"));
    }

    @Test
    void unitsAreComparedIgnoringCaseAndSurroundingSpaces() {
        // Same unit, so 3,650 / 6,200 again: 58.9.
        ClusterRealisation c = of(activity(Cluster.PREVENTION, "orang", 6000, 3600), activity(Cluster.PREVENTION, " Orang ", 200, 50))
                .cluster(Cluster.PREVENTION);
        assertThat(c.realisation()).contains(new BigDecimal("58.9"));
    }

    @Test
    void mixedUnitsAverageEachActivitysPercentage() {
        // 3,600 / 6,000 = 60 %, 10 / 40 = 25 %: (60 + 25) / 2 = 42.5.
        ClusterRealisation c = of(activity(Cluster.PREVENTION, "orang", 6000, 3600), activity(Cluster.PREVENTION, "organisasi", 40, 10))
                .cluster(Cluster.PREVENTION);
        assertThat(c.realisation()).contains(new BigDecimal("42.5"));
    }

    @Test
    void roundingIsHalfUpToOneDecimal() {
        // 1 / 16 = 6.25 % → 6.3 (half-even would give 6.2); 1 / 3 = 33.33… → 33.3; 2 / 3 = 66.66… → 66.7.
        assertThat(of(activity(Cluster.LEGAL_NORMS, "dokumen", 16, 1)).cluster(Cluster.LEGAL_NORMS).realisation())
                .contains(new BigDecimal("6.3"));
        assertThat(of(activity(Cluster.LEGAL_NORMS, "dokumen", 3, 1)).cluster(Cluster.LEGAL_NORMS).realisation())
                .contains(new BigDecimal("33.3"));
        assertThat(of(activity(Cluster.LEGAL_NORMS, "dokumen", 3, 2)).cluster(Cluster.LEGAL_NORMS).realisation())
                .contains(new BigDecimal("66.7"));
        // Mixed units: 1 / 3 = 33.333…% and 1 / 8 = 12.5 %, mean 22.9166… → 22.9 (rounded once, at the end).
        assertThat(of(activity(Cluster.LEGAL_NORMS, "dokumen", 3, 1), activity(Cluster.LEGAL_NORMS, "orang", 8, 1))
                .cluster(Cluster.LEGAL_NORMS).realisation()).contains(new BigDecimal("22.9"));
    }

    @Test
    void overAchievementIsKept() {
        // 150 / 100 = 150 %.
        assertThat(of(activity(Cluster.COORDINATION, "rapat", 100, 150)).cluster(Cluster.COORDINATION).realisation())
                .contains(new BigDecimal("150.0"));
    }

    @Test
    void fractionalValuesAreExact() {
        // 0.3 / 0.9 = 33.33…% → 33.3.
        ClusterRealisation c = of(activity(Cluster.PREVENTION, "persen", new BigDecimal("0.9"), new BigDecimal("0.3"), 0))
                .cluster(Cluster.PREVENTION);
        assertThat(c.realisation()).contains(new BigDecimal("33.3"));
    }

    @Test
    void activitiesWithoutATargetAboveZeroAreLeftOutOfTheRealisationButNotOfCountAndBudget() {
        // Only 20 / 40 is measurable: 50 %; counts 2 activities and Rp3,000.
        ClusterRealisation c = of(activity(Cluster.LAW_ENFORCEMENT, "kasus", 40, 20),
                activity(Cluster.LAW_ENFORCEMENT, "kasus", BigDecimal.ZERO, BigDecimal.TEN, 2_000))
                .cluster(Cluster.LAW_ENFORCEMENT);
        assertThat(c.realisation()).contains(new BigDecimal("50.0"));
        assertThat(c.activityCount()).isEqualTo(2);
        assertThat(c.budget()).isEqualTo(Rupiah.of(3_000));
        assertThat(of(activity(Cluster.LAW_ENFORCEMENT, "kasus", BigDecimal.ZERO, null, 0))
                .cluster(Cluster.LAW_ENFORCEMENT).realisation()).isEmpty();
    }

    @Test
    void nothingReportedIsZeroPercent() {
        assertThat(of(activity(Cluster.HEALTH_REHABILITATION, "korban", BigDecimal.valueOf(70), null, 5))
                .cluster(Cluster.HEALTH_REHABILITATION).realisation()).contains(new BigDecimal("0.0"));
    }

    @Test
    void budgetsAddUpPerClusterAndForThePlan() {
        PlanRealisation r = of(activity(Cluster.PREVENTION, "orang", BigDecimal.ONE, null, 150_000_000),
                activity(Cluster.PREVENTION, "orang", BigDecimal.ONE, null, 75_000_000),
                activity(Cluster.SOCIAL_REHABILITATION, "korban", BigDecimal.ONE, null, 250_000_000));
        assertThat(r.cluster(Cluster.PREVENTION).budget()).isEqualTo(Rupiah.of(225_000_000));
        assertThat(r.cluster(Cluster.SOCIAL_REHABILITATION).budget()).isEqualTo(Rupiah.of(250_000_000));
        assertThat(r.cluster(Cluster.COORDINATION).budget()).isEqualTo(Rupiah.ZERO);
        assertThat(r.totalBudget()).isEqualTo(Rupiah.of(475_000_000));
        assertThat(r.activityCount()).isEqualTo(3);
    }
}
