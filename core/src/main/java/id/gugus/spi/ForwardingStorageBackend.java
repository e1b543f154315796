package id.gugus.spi;

import java.util.function.Supplier;

/**
 * A back-end that passes every call to another one, {@link #delegate()}, in the manner of Guava's
 * {@code ForwardingObject} family: a back-end that wraps another (to publish a change feed, count
 * calls, cache reference data...) extends it and overrides only what it changes. To change the
 * writes of one storage, override its accessor and return a {@code Forwarding*Storage} of your
 * own around {@code super}'s storage:
 *
 * <pre>{@code
 * final class CountingBackend extends ForwardingStorageBackend {
 *     private final StorageBackend inner;
 *     private final AgencyStorage agencies;
 *     final AtomicLong inserts = new AtomicLong();
 *
 *     CountingBackend(StorageBackend inner) {
 *         this.inner = inner;
 *         AgencyStorage wrapped = inner.agencies();
 *         this.agencies = new ForwardingAgencyStorage() {
 *             @Override protected AgencyStorage delegate() { return wrapped; }
 *             @Override public void insert(Agency a) { super.insert(a); inserts.incrementAndGet(); }
 *         };
 *     }
 *
 *     @Override protected StorageBackend delegate() { return inner; }
 *     @Override public AgencyStorage agencies() { return agencies; }
 * }
 * }</pre>
 *
 * <p>Forwarding keeps the delegate's guarantees only as far as the overrides keep them: a write
 * that is reported, counted or published must be reported after the delegate's write returned
 * (it may throw), and anything kept beside the delegate's data must follow its units of work (see
 * the change-feed example). Run the TCK on the wrapper to prove it.
 */
public abstract class ForwardingStorageBackend implements StorageBackend {
    protected ForwardingStorageBackend() {}

    /** The back-end every call goes to unless overridden. */
    protected abstract StorageBackend delegate();

    @Override
    public JurisdictionStorage jurisdictions() {
        return delegate().jurisdictions();
    }

    @Override
    public AgencyStorage agencies() {
        return delegate().agencies();
    }

    @Override
    public TaskForceStorage taskForces() {
        return delegate().taskForces();
    }

    @Override
    public CaseStorage cases() {
        return delegate().cases();
    }

    @Override
    public ActionPlanStorage actionPlans() {
        return delegate().actionPlans();
    }

    @Override
    public MeetingStorage meetings() {
        return delegate().meetings();
    }

    @Override
    public AuditStorage audit() {
        return delegate().audit();
    }

    @Override
    public <T> T inUnitOfWork(Supplier<T> work) {
        return delegate().inUnitOfWork(work);
    }

    /** The delegate's, as Guava's {@code ForwardingObject} does. */
    @Override
    public String toString() {
        return delegate().toString();
    }
}
