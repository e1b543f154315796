package id.gugus.plan;

import id.gugus.common.Period;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.Level;
import id.gugus.taskforce.Cluster;
import id.gugus.validation.ViolationCollector;
import id.gugus.validation.Violations;
import id.gugus.common.Rupiah;
import id.gugus.validation.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Business rules of an action plan (docs/action-plans.md): every violation of {@link PlanRule} at once.
 * Never throws on a plan that its constructors accepted.
 */
public final class ActionPlanValidator {
    // Choice indexes of the PLAN-PARENT and PLAN-PROGRESS messages.
    private static final int NATIONAL_HAS_PARENT = 0;
    private static final int WRONG_LEVEL = 1;
    private static final int NOT_THE_PARENT = 2;
    private static final int OUTSIDE_SCHEDULE = 0;
    private static final int NEGATIVE = 1;

    private ActionPlanValidator() {}

    /** @param parent the plan this one derives from, if it has one and it exists */
    public static Violations validate(ActionPlan plan, Optional<ActionPlan> parent) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(parent, "parent");
        ViolationCollector v = new ViolationCollector();
        checkLevel(plan, v);
        checkParent(plan, parent, v);
        if (plan.status().needsDecree() && (plan.decree() == null || !plan.decree().isSigned())) {
            v.addAll(unsignedDecree(plan.status()));
        }
        for (int i = 0; i < plan.activities().size(); i++) {
            checkActivity(plan, i, v);
        }
        checkClusters(plan, v);
        v.addAll(budgetTotal(plan));
        return v.result();
    }

    /**
     * Rule PLAN-BUDGET-TOTAL: the activities' budgets, added exactly, are at most
     * {@link Rupiah#MAX}. Each budget is bounded on its own; this bounds their sum, the largest
     * total {@link PlanRealisation} computes.
     */
    static Violations budgetTotal(ActionPlan plan) {
        BigInteger total = BigInteger.ZERO;
        for (Activity a : plan.activities()) {
            total = total.add(BigInteger.valueOf(a.budget().amount().amount()));
        }
        if (total.compareTo(BigInteger.valueOf(Rupiah.MAX)) <= 0) {
            return Violations.none();
        }
        return Violations.of(Violation.of(PlanRule.BUDGET_TOTAL, "activities", total, Rupiah.MAX));
    }

    /**
     * Rules that need the stored copy as well: the lifecycle moves one step forward at a time
     * (or stays). Content rules of {@code updated} are {@link #validate}'s job.
     */
    public static Violations validateChange(ActionPlan stored, ActionPlan updated) {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(updated, "updated");
        if (stored.status().canMoveTo(updated.status())) {
            return Violations.none();
        }
        return illegalStep(stored.status(), updated.status());
    }

    static Violations unsignedDecree(PlanStatus status) {
        return Violations.of(PlanTerms.violation(PlanRule.DECREE, "decree",
                locale -> new Object[] {PlanTerms.status(status, locale)}));
    }

    static Violations illegalStep(PlanStatus from, PlanStatus to) {
        return Violations.of(PlanTerms.violation(PlanRule.LIFECYCLE, "status",
                locale -> new Object[] {PlanTerms.status(from, locale), PlanTerms.status(to, locale)}));
    }

    private static void checkLevel(ActionPlan plan, ViolationCollector v) {
        Level level = plan.jurisdiction().level();
        v.check(level != Level.NATIONAL && level != Level.PROVINCE && level != Level.REGENCY,
                PlanRule.LEVEL, "jurisdiction", plan.jurisdiction());
    }

    private static void checkParent(ActionPlan plan, Optional<ActionPlan> given, ViolationCollector v) {
        if (plan.isNational()) {
            v.check(plan.parent() != null || given.isPresent(), PlanRule.PARENT, "parent", NATIONAL_HAS_PARENT);
            return;
        }
        if (plan.parent() == null) {
            v.add(PlanRule.PARENT_MISSING, "parent", plan.jurisdiction());
            return;
        }
        if (given.isEmpty()) {
            return; // the caller could not find it: a reference check, not a rule of the plan
        }
        ActionPlan parent = given.get();
        if (!parent.id().equals(plan.parent())) {
            v.add(PlanRule.PARENT, "parent", NOT_THE_PARENT, plan.jurisdiction(), null, parent.id(), plan.parent());
            return;
        }
        JurisdictionCode expected = plan.jurisdiction().parent().orElseThrow();
        v.check(!parent.jurisdiction().equals(expected), PlanRule.PARENT, "parent",
                WRONG_LEVEL, plan.jurisdiction(), expected, parent.jurisdiction());
        v.check(!parent.period().contains(plan.period()), PlanRule.PERIOD, "period", plan.period(), parent.period());
    }

    private static void checkActivity(ActionPlan plan, int i, ViolationCollector v) {
        Activity activity = plan.activities().get(i);
        String path = "activities[" + i + "]";
        v.check(!plan.period().contains(activity.schedule()), PlanRule.ACTIVITY_SCHEDULE, path + ".schedule",
                activity.title(), activity.schedule(), plan.period());
        BigDecimal target = activity.indicator().target();
        v.check(target.signum() <= 0, PlanRule.TARGET, path + ".indicator.target", activity.title(), target);
        for (int j = 0; j < activity.progress().size(); j++) {
            ProgressReport report = activity.progress().get(j);
            String reportPath = path + ".progress[" + j + "]";
            Period schedule = activity.schedule();
            v.check(!schedule.contains(report.period()), PlanRule.PROGRESS, reportPath + ".period",
                    OUTSIDE_SCHEDULE, activity.title(), report.period(), schedule, report.realised());
            v.check(report.realised().signum() < 0, PlanRule.PROGRESS, reportPath + ".realised",
                    NEGATIVE, activity.title(), report.period(), schedule, report.realised());
        }
    }

    private static void checkClusters(ActionPlan plan, ViolationCollector v) {
        Set<Cluster> missing = EnumSet.allOf(Cluster.class);
        plan.activities().forEach(a -> missing.remove(a.cluster()));
        for (Cluster cluster : missing) {
            v.addAll(Violations.of(PlanTerms.violation(PlanRule.CLUSTER_MISSING, "activities",
                    locale -> new Object[] {PlanTerms.cluster(cluster, locale)})));
        }
    }
}
