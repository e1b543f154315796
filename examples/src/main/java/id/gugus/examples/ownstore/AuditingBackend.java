package id.gugus.examples.ownstore;

import id.gugus.agency.AgencyStorage;
import id.gugus.audit.AuditStorage;
import id.gugus.cases.CaseStorage;
import id.gugus.jurisdiction.JurisdictionStorage;
import id.gugus.meeting.MeetingStorage;
import id.gugus.plan.ActionPlanStorage;
import id.gugus.store.StorageBackend;
import id.gugus.taskforce.TaskForceStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Your own storage back-end, the short way: wrap one that exists and add what your government
 * needs. This one keeps an audit trail of every change (DESIGN §10) that is exactly as durable as
 * the change itself: a unit of work's changes enter the trail when, and only when, it commits.
 * It passes the whole storage contract suite (see {@code AuditingBackendTckTest}), which is how
 * you know that wrapping broke none of the guarantees {@code GugusStore} relies on.
 *
 * <p>A back-end of your own from scratch implements the same interface: six storages of
 * primitives and {@link #inTransaction}; the README's "Write your own storage" lists what each
 * primitive must guarantee.
 */
public final class AuditingBackend implements StorageBackend {
    private final StorageBackend delegate;
    private final AuditTrail trail;
    /** The changes of the unit of work running on this thread; null outside one. */
    private final ThreadLocal<List<AuditTrail.Change>> unit = new ThreadLocal<>();

    private final JurisdictionStorage jurisdictions;
    private final AgencyStorage agencies;
    private final TaskForceStorage taskForces;
    private final CaseStorage cases;
    private final ActionPlanStorage actionPlans;
    private final MeetingStorage meetings;

    public AuditingBackend(StorageBackend delegate, AuditTrail trail) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.jurisdictions = new AuditedStorages.Jurisdictions(delegate.jurisdictions(), this::record);
        this.agencies = new AuditedStorages.Agencies(delegate.agencies(), this::record);
        this.taskForces = new AuditedStorages.TaskForces(delegate.taskForces(), this::record);
        this.cases = new AuditedStorages.Cases(delegate.cases(), this::record);
        this.actionPlans = new AuditedStorages.ActionPlans(delegate.actionPlans(), this::record);
        this.meetings = new AuditedStorages.Meetings(delegate.meetings(), this::record);
    }

    @Override
    public JurisdictionStorage jurisdictions() {
        return jurisdictions;
    }

    @Override
    public AgencyStorage agencies() {
        return agencies;
    }

    @Override
    public TaskForceStorage taskForces() {
        return taskForces;
    }

    @Override
    public CaseStorage cases() {
        return cases;
    }

    @Override
    public ActionPlanStorage actionPlans() {
        return actionPlans;
    }

    @Override
    public MeetingStorage meetings() {
        return meetings;
    }

    /** The wrapped back-end's own audit log, which the store writes in the same units of work. */
    @Override
    public AuditStorage audit() {
        return delegate.audit();
    }

    /**
     * Runs the work in the wrapped back-end's unit of work and, once that has committed, adds its
     * changes to the trail. A unit that throws leaves no trace; a nested call joins the outer unit.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (unit.get() != null) {
            return delegate.inTransaction(work);
        }
        List<AuditTrail.Change> changes = new ArrayList<>();
        unit.set(changes);
        try {
            T result = delegate.inTransaction(work);
            trail.commit(changes);
            return result;
        } finally {
            unit.remove();
        }
    }

    /** Called after a write primitive succeeded; outside a unit of work, the write was its own unit. */
    private void record(AuditTrail.Change change) {
        List<AuditTrail.Change> changes = unit.get();
        if (changes != null) {
            changes.add(change);
        } else {
            trail.commit(List.of(change));
        }
    }
}
