package id.gugus.plan;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/**
 * Rules of national and regional action plans (docs/action-plans.md). Messages are in
 * {@code id/gugus/plan/PlanRules_{id,en}.properties}; the same bundles hold the cluster and
 * status names that some messages quote (see {@link PlanTerms}).
 */
public enum PlanRule implements Rule {
    /** Plans are made at national, provincial or regency/city level only. */
    LEVEL("PLAN-LEVEL", Severity.ERROR),
    /**
     * A regional plan derives from the plan one level up (a province's RAD from the RAN, a
     * regency's or city's from its province's RAD); the national plan has no parent.
     */
    PARENT("PLAN-PARENT", Severity.ERROR),
    /** A regional plan must name the plan it derives from. */
    PARENT_MISSING("PLAN-PARENT-MISSING", Severity.ERROR),
    /** A plan's period falls within its parent's period. */
    PERIOD("PLAN-PERIOD", Severity.ERROR),
    /** Every activity is scheduled inside the plan's period. */
    ACTIVITY_SCHEDULE("PLAN-ACTIVITY-SCHEDULE", Severity.ERROR),
    /** An indicator's target is above zero: a plan promises something measurable. */
    TARGET("PLAN-TARGET", Severity.ERROR),
    /** A progress report covers a period inside the activity's schedule and is not negative. */
    PROGRESS("PLAN-PROGRESS", Severity.ERROR),
    /**
     * The budgets of a plan's activities add up to at most {@link id.gugus.common.Rupiah#MAX}, so
     * that its total and every cluster's total can be computed ({@link PlanRealisation}).
     */
    BUDGET_TOTAL("PLAN-BUDGET-TOTAL", Severity.ERROR),
    /** A plan with no activity in one of the six clusters is incomplete, not wrong. */
    CLUSTER_MISSING("PLAN-CLUSTER-MISSING", Severity.WARNING),
    /** An adopted, in-effect or evaluated plan has a signed decree. */
    DECREE("PLAN-DECREE", Severity.ERROR),
    /** Draft → adopted → in effect → evaluated, one step at a time. */
    LIFECYCLE("PLAN-LIFECYCLE", Severity.ERROR);

    static final String BUNDLE = "id.gugus.plan.PlanRules";

    private final String id;
    private final Severity severity;

    PlanRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String bundle() {
        return BUNDLE;
    }
}
