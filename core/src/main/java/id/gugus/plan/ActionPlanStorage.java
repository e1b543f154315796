package id.gugus.plan;

import id.gugus.common.Period;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.store.AggregateStorage;
import java.util.List;

/** Storage primitives for action plans. */
public interface ActionPlanStorage extends AggregateStorage<ActionPlanId, ActionPlan> {
    /** Plans of exactly this jurisdiction whose period overlaps {@code period}, by start date. */
    List<ActionPlan> forJurisdiction(JurisdictionCode jurisdiction, Period period);
}
