package id.gugus.plan;

import com.google.common.collect.ImmutableList;
import id.gugus.common.Period;
import id.gugus.common.Texts;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.store.Aggregate;
import id.gugus.taskforce.Decree;
import java.util.Objects;

/**
 * A national (RAN) or regional (RAD) action plan PP-TPPO (DESIGN §6). A regional plan derives
 * from the plan of the level above and falls within its period.
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

    @Override
    public ActionPlan withVersion(long version) {
        return new ActionPlan(id, version, title, jurisdiction, parent, period, status, decree, activities);
    }
}
