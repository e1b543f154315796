package id.gugus.storage.memory;

import com.google.common.collect.ImmutableList;
import id.gugus.common.Period;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.ActionPlanId;
import id.gugus.spi.ActionPlanStorage;
import java.util.Comparator;
import java.util.List;

final class MemoryActionPlanStorage extends MemoryVersionedStorage<ActionPlanId, ActionPlan> implements ActionPlanStorage {
    private static final Comparator<ActionPlan> BY_START_THEN_ID =
            Comparator.comparing((ActionPlan p) -> p.period().start()).thenComparing(p -> p.id().toString());

    private final CodeIndex<ActionPlanId> byArea = new CodeIndex<>();

    MemoryActionPlanStorage(Transactions tx) {
        super(tx, "ActionPlan");
    }

    @Override
    public List<ActionPlan> forJurisdiction(JurisdictionCode jurisdiction, Period period) {
        return tx.read(() -> byArea.exactly(jurisdiction).map(this::row)
                .filter(p -> p.period().overlaps(period))
                .sorted(BY_START_THEN_ID)
                .collect(ImmutableList.toImmutableList()));
    }

    @Override
    protected void checkUnique(ActionPlan candidate) {
        // Plans have no unique key besides their id.
    }

    @Override
    protected void index(ActionPlan row) {
        byArea.add(row.jurisdiction(), row.id());
    }

    @Override
    protected void unindex(ActionPlan row) {
        byArea.remove(row.jurisdiction(), row.id());
    }
}
