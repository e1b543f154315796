package id.gugus.report;

import com.google.common.collect.ImmutableList;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.Activity;
import id.gugus.taskforce.Cluster;
import id.gugus.plan.ClusterRealisation;
import id.gugus.plan.PlanRealisation;
import id.gugus.plan.TargetGroup;
import java.util.List;

/** Builds a {@link PlanSummary} from a stored plan. */
final class PlanSummaries {
    private PlanSummaries() {}

    static PlanSummary of(ActionPlan plan) {
        PlanRealisation realisation = PlanRealisation.of(plan);
        ImmutableList<PlanSummary.Line<Cluster>> clusters = realisation.clusters().stream()
                .map(c -> new PlanSummary.Line<>(c.cluster(), c.activityCount(), c.budget().amount(),
                        c.realisation().orElse(null)))
                .collect(ImmutableList.toImmutableList());
        ImmutableList.Builder<PlanSummary.Line<TargetGroup>> groups = ImmutableList.builder();
        for (TargetGroup group : TargetGroup.values()) {
            List<Activity> reaching = plan.activities().stream().filter(a -> a.targetGroups().contains(group)).toList();
            if (!reaching.isEmpty()) {
                ClusterRealisation r = realisationOf(plan, reaching);
                groups.add(new PlanSummary.Line<>(group, r.activityCount(), r.budget().amount(),
                        r.realisation().orElse(null)));
            }
        }
        return new PlanSummary(plan.title(), plan.status(), plan.version(), plan.period(), clusters, groups.build(),
                realisation.activityCount(), realisation.totalBudget().amount());
    }

    /**
     * The activities' realisation by exactly the rule of a cluster's ({@link ClusterRealisation}):
     * the same activities, put in one cluster of a plan of their own, so that the rule lives
     * once, in core.
     */
    private static ClusterRealisation realisationOf(ActionPlan plan, List<Activity> activities) {
        ImmutableList<Activity> inOneCluster = activities.stream()
                .map(a -> new Activity(a.title(), Cluster.PREVENTION, a.responsible(), a.targetGroups(), a.indicator(),
                        a.schedule(), a.budget(), a.progress()))
                .collect(ImmutableList.toImmutableList());
        ActionPlan group = new ActionPlan(plan.id(), plan.version(), plan.title(), plan.jurisdiction(), plan.parent(),
                plan.period(), plan.status(), plan.decree(), inOneCluster);
        return PlanRealisation.of(group).cluster(Cluster.PREVENTION);
    }
}
