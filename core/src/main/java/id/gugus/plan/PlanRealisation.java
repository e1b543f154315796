package id.gugus.plan;

import com.google.common.collect.ImmutableList;
import id.gugus.common.Rupiah;
import id.gugus.error.ValidationException;
import id.gugus.taskforce.Cluster;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where a plan stands, cluster by cluster, as the provincial report shows it: activities,
 * budget and realisation of each of the six clusters (see {@link ClusterRealisation} for how
 * realisation is computed), in the clusters' order, empty clusters included.
 */
public record PlanRealisation(ActionPlanId plan, ImmutableList<ClusterRealisation> clusters) {
    public PlanRealisation {
        Objects.requireNonNull(plan, "plan");
        clusters = ImmutableList.copyOf(Objects.requireNonNull(clusters, "clusters"));
    }

    /**
     * The figures of {@code plan}.
     *
     * @throws ValidationException {@code PLAN-BUDGET-TOTAL} if its budgets add up to more than
     *     {@link Rupiah#MAX}, which a saved plan never does
     */
    public static PlanRealisation of(ActionPlan plan) {
        ValidationException.throwIfErrors(ActionPlanValidator.budgetTotal(plan));
        ImmutableList<ClusterRealisation> clusters = Arrays.stream(Cluster.values())
                .map(c -> ClusterRealisation.of(c,
                        plan.activities().stream().filter(a -> a.cluster() == c).toList()))
                .collect(ImmutableList.toImmutableList());
        return new PlanRealisation(plan.id(), clusters);
    }

    public ClusterRealisation cluster(Cluster cluster) {
        return clusters.stream().filter(c -> c.cluster() == cluster).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figures for cluster " + cluster));
    }

    public int activityCount() {
        return clusters.stream().mapToInt(ClusterRealisation::activityCount).sum();
    }

    public Rupiah totalBudget() {
        return clusters.stream().map(ClusterRealisation::budget).reduce(Rupiah.ZERO, Rupiah::plus);
    }
}
