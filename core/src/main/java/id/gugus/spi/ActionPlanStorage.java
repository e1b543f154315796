package id.gugus.spi;

import id.gugus.common.Period;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.ActionPlanId;
import java.util.List;

/** Storage primitives for action plans. */
public interface ActionPlanStorage extends AggregateStorage<ActionPlanId, ActionPlan> {
    /** Plans of exactly this jurisdiction whose period overlaps {@code period}, by start date. */
    List<ActionPlan> forJurisdiction(JurisdictionCode jurisdiction, Period period);
}
