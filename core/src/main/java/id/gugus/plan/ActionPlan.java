package id.gugus.plan;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import id.gugus.error.ValidationException;
import id.gugus.common.Aggregate;
import id.gugus.common.Period;
import id.gugus.common.Texts;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.taskforce.Decree;
import id.gugus.validation.ViolationCollector;
import java.util.Objects;

/**
 * A national (RAN) or regional (RAD) action plan PP-TPPO (docs/action-plans.md). A regional plan derives
 * from the plan of the level above and falls within its period.
 *
 * <p>The {@code with…} and lifecycle methods return changed copies. Lifecycle steps check
 * their own preconditions at once and throw {@link id.gugus.error.ValidationException} (an
 * illegal step, adopting without a signed decree). The content rules — schedules, targets,
 * progress, clusters, the parent — are reported together by {@link ActionPlanValidator}, so a
 * draft can be built up freely and validated before saving.
 *
 * @param parent the plan above; null only for the national plan
 * @param decree the decree adopting it; null while in draft
 */
public record ActionPlan(
        ActionPlanId id,
        long version,
        String title,
        JurisdictionCode jurisdiction,
        ActionPlanId parent,
        Period period,
        PlanStatus status,
        Decree decree,
        ImmutableList<Activity> activities)
        implements Aggregate<ActionPlanId, ActionPlan> {

    public ActionPlan {
        Objects.requireNonNull(id, "id");
        Texts.required(title, "actionPlan.title", Texts.SHORT);
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        activities = ImmutableList.copyOf(Objects.requireNonNull(activities, "activities"));
    }

    /**
     * A new, unsaved plan in draft with no activities.
     *
     * @param parent the plan it derives from; null for the national plan
     */
    public static ActionPlan draft(String title, JurisdictionCode jurisdiction, ActionPlanId parent, Period period) {
        return new ActionPlan(ActionPlanId.random(), 0, title, jurisdiction, parent, period,
                PlanStatus.DRAFT, null, ImmutableList.of());
    }

    public boolean isNational() {
        return jurisdiction.equals(JurisdictionCode.NATIONAL);
    }

    public ActionPlan withTitle(String title) {
        return new ActionPlan(id, version, title, jurisdiction, parent, period, status, decree, activities);
    }

    /** Over another period (a plan extended by a year, say); {@link ActionPlanValidator} checks the schedules. */
    public ActionPlan withPeriod(Period period) {
        return new ActionPlan(id, version, title, jurisdiction, parent, period, status, decree, activities);
    }

    /** Derived from another plan above (the next RAN, say); null for the national plan. */
    public ActionPlan withParent(ActionPlanId parent) {
        return new ActionPlan(id, version, title, jurisdiction, parent, period, status, decree, activities);
    }

    /** Adds an activity after the existing ones. */
    public ActionPlan withActivity(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        return withActivities(ImmutableList.<Activity>builder().addAll(activities).add(activity).build());
    }

    /** Adds a progress report to the activity at {@code activityIndex} (0-based, in plan order). */
    public ActionPlan reportProgress(int activityIndex, ProgressReport report) {
        Preconditions.checkElementIndex(activityIndex, activities.size(), "activityIndex");
        ImmutableList.Builder<Activity> changed = ImmutableList.builder();
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            changed.add(i == activityIndex ? a.withProgress(report) : a);
        }
        return withActivities(changed.build());
    }

    /** Replaces the activity at {@code activityIndex} (0-based, in plan order): a revised budget or target, say. */
    public ActionPlan replaceActivity(int activityIndex, Activity activity) {
        Preconditions.checkElementIndex(activityIndex, activities.size(), "activityIndex");
        Objects.requireNonNull(activity, "activity");
        ImmutableList.Builder<Activity> changed = ImmutableList.builder();
        for (int i = 0; i < activities.size(); i++) {
            changed.add(i == activityIndex ? activity : activities.get(i));
        }
        return withActivities(changed.build());
    }

    /** Without the activity at {@code activityIndex} (0-based); the others keep their order. */
    public ActionPlan withoutActivity(int activityIndex) {
        Preconditions.checkElementIndex(activityIndex, activities.size(), "activityIndex");
        ImmutableList.Builder<Activity> rest = ImmutableList.builder();
        for (int i = 0; i < activities.size(); i++) {
            if (i != activityIndex) {
                rest.add(activities.get(i));
            }
        }
        return withActivities(rest.build());
    }

    /** Draft → adopted, by a signed decree (SK). */
    public ActionPlan adopt(Decree signed) {
        Objects.requireNonNull(signed, "decree");
        ViolationCollector v = new ViolationCollector();
        checkStep(PlanStatus.ADOPTED, v);
        if (!signed.isSigned()) {
            v.addAll(ActionPlanValidator.unsignedDecree(PlanStatus.ADOPTED));
        }
        ValidationException.throwIfErrors(v.result());
        return new ActionPlan(id, version, title, jurisdiction, parent, period, PlanStatus.ADOPTED, signed, activities);
    }

    /** Adopted → in effect. */
    public ActionPlan putInEffect() {
        return moveTo(PlanStatus.IN_EFFECT);
    }

    /** In effect → evaluated. */
    public ActionPlan evaluate() {
        return moveTo(PlanStatus.EVALUATED);
    }

    @Override
    public ActionPlan withVersion(long version) {
        return new ActionPlan(id, version, title, jurisdiction, parent, period, status, decree, activities);
    }

    private ActionPlan moveTo(PlanStatus target) {
        ViolationCollector v = new ViolationCollector();
        checkStep(target, v);
        ValidationException.throwIfErrors(v.result());
        return new ActionPlan(id, version, title, jurisdiction, parent, period, target, decree, activities);
    }

    // Each method is one step forward, so "staying put" is illegal here even though
    // PlanStatus.canMoveTo allows it when comparing a stored and an updated copy.
    private void checkStep(PlanStatus target, ViolationCollector v) {
        if (status.next().filter(target::equals).isEmpty()) {
            v.addAll(ActionPlanValidator.illegalStep(status, target));
        }
    }

    private ActionPlan withActivities(ImmutableList<Activity> changed) {
        return new ActionPlan(id, version, title, jurisdiction, parent, period, status, decree, changed);
    }
}
