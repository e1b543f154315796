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

    /** The audit log: append-only, written in the same units of work as the changes it records. */
    AuditStorage audit();

    /**
     * Runs {@code work} atomically: everything it stores is kept, or, if it throws, nothing is.
     * A call made while a unit of work is already running on this thread joins it. The exception
     * that ended the work propagates unchanged.
     */
    <T> T inUnitOfWork(Supplier<T> work);
}
