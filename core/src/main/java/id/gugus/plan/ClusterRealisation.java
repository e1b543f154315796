package id.gugus.plan;

import com.google.common.collect.ImmutableList;
import id.gugus.common.Rupiah;
import id.gugus.taskforce.Cluster;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one cluster of a plan stands: how many activities, their total budget, and how much of
 * their targets has been realised.
 *
 * <p>Realisation is a percentage rounded half-up to one decimal. When every measurable activity
 * of the cluster counts in the same unit (compared ignoring case and surrounding spaces) it is
 * sum realised / sum target, so a big activity weighs more than a small one. When units differ
 * (persons, schools, documents) such sums mean nothing, so each activity's own percentage is
 * computed and the cluster gets their plain average. Activities whose target is not above zero
 * (rule PLAN-TARGET) cannot be measured and are left out; a cluster with none measurable has
 * no realisation. Over-achievement is kept: a value above 100 is reported as it is.
 *
 * @param realisation empty when the cluster has no measurable activity
 */
public record ClusterRealisation(Cluster cluster, int activityCount, Rupiah budget, Optional<BigDecimal> realisation) {
    /** Scale of the per-activity percentages averaged for mixed units, before the final rounding. */
    static final int INTERMEDIATE_SCALE = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ClusterRealisation {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(realisation, "realisation");
    }

    static ClusterRealisation of(Cluster cluster, List<Activity> activities) {
        Rupiah budget = activities.stream().map(a -> a.budget().amount()).reduce(Rupiah.ZERO, Rupiah::plus);
        return new ClusterRealisation(cluster, activities.size(), budget, percent(activities));
    }

    private static Optional<BigDecimal> percent(List<Activity> activities) {
        ImmutableList<Activity> measurable = activities.stream()
                .filter(a -> a.indicator().target().signum() > 0)
                .collect(ImmutableList.toImmutableList());
        if (measurable.isEmpty()) {
            return Optional.empty();
        }
        long units = measurable.stream().map(a -> a.indicator().unit().strip().toLowerCase(Locale.ROOT)).distinct().count();
        if (units == 1) {
            BigDecimal realised = measurable.stream().map(Activity::realised).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal target = measurable.stream().map(a -> a.indicator().target()).reduce(BigDecimal.ZERO, BigDecimal::add);
            // One division, one rounding: exact half-up on the true ratio.
            return Optional.of(realised.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP));
        }
        BigDecimal sum = measurable.stream().map(ClusterRealisation::activityPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(measurable.size()), 1, RoundingMode.HALF_UP));
    }

    /** One activity's realisation in percent, at {@link #INTERMEDIATE_SCALE}; its target is above zero. */
    static BigDecimal activityPercent(Activity activity) {
        return activity.realised().multiply(HUNDRED)
                .divide(activity.indicator().target(), INTERMEDIATE_SCALE, RoundingMode.HALF_UP);
    }
}
