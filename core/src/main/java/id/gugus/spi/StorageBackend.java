package id.gugus.spi;

import id.gugus.store.GugusStore;
import java.util.function.Supplier;

/**
 * The service-provider interface a storage back-end implements (in-memory, JDBC, or an
 * integrator's own). Wrap it with {@link GugusStore#on(StorageBackend)}; prove it with the
 * storage TCK.
 */
public interface StorageBackend {
    JurisdictionStorage jurisdictions();

    AgencyStorage agencies();

    TaskForceStorage taskForces();

    CaseStorage cases();

    ActionPlanStorage actionPlans();

    MeetingStorage meetings();

    /**
     * The audit log: append-only; a change's entry is written in the change's own unit of work,
     * other entries {@linkplain AuditStorage#appendIndependently independently} of any unit.
     */
    AuditStorage audit();

    /**
     * Runs {@code work} atomically: everything it stores is kept, or, if it throws, nothing is.
     * A call made while a unit of work is already running on this thread joins it. The exception
     * that ended the work propagates unchanged.
     */
    <T> T inUnitOfWork(Supplier<T> work);

    /**
     * Runs {@code work} as one atomic step: outside a unit of work, exactly as
     * {@link #inUnitOfWork}; inside one, as part of it (kept if, and only if, the unit is), but
     * if {@code work} throws, everything it stored is undone at once (a savepoint) and the
     * enclosing unit goes on as it was before the step. The store makes each change and its audit
     * entry one step, so that a caller who catches a failed change and commits the rest of its
     * unit never keeps a change without its entry. The exception that ended the work propagates
     * unchanged.
     */
    <T> T inNestedUnitOfWork(Supplier<T> work);
}
