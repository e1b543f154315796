package id.gugus.report;

import com.google.common.collect.ImmutableList;
import id.gugus.common.Period;
import id.gugus.taskforce.Cluster;
import id.gugus.plan.PlanStatus;
import id.gugus.plan.TargetGroup;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where an action plan (RAD) of the report's jurisdiction stands: activities, budget and
 * realised share per cluster and per target group. An activity reaching several target groups
 * counts under each. Realisation follows {@link id.gugus.plan.ClusterRealisation}.
 */
public record PlanSummary(
        String title,
        PlanStatus status,
        long version,
        Period period,
        ImmutableList<Line<Cluster>> clusters,
        ImmutableList<Line<TargetGroup>> targetGroups,
        int activities,
        long budget) {
    public PlanSummary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(period, "period");
        clusters = ImmutableList.copyOf(clusters);
        targetGroups = ImmutableList.copyOf(targetGroups);
    }

    /**
     * @param budget whole rupiah
     * @param realised percent, one decimal; null when nothing of it is measurable
     */
    public record Line<K>(K key, int activities, long budget, BigDecimal realised) {
        public Line {
            Objects.requireNonNull(key, "key");
        }
    }
}
