package id.gugus.spi;

import id.gugus.common.Period;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.ActionPlanId;
import java.util.List;

/** An {@link ActionPlanStorage} that passes every call to {@link #delegate()}; see {@link ForwardingStorageBackend}. */
public abstract class ForwardingActionPlanStorage extends ForwardingAggregateStorage<ActionPlanId, ActionPlan>
        implements ActionPlanStorage {
    protected ForwardingActionPlanStorage() {}

    @Override
    protected abstract ActionPlanStorage delegate();

    @Override
    public List<ActionPlan> forJurisdiction(JurisdictionCode jurisdiction, Period period) {
        return delegate().forJurisdiction(jurisdiction, period);
    }
}
