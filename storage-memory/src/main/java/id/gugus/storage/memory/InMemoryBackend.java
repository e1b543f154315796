package id.gugus.storage.memory;

import id.gugus.spi.ActionPlanStorage;
import id.gugus.spi.AgencyStorage;
import id.gugus.spi.AuditStorage;
import id.gugus.spi.CaseStorage;
import id.gugus.spi.JurisdictionStorage;
import id.gugus.spi.MeetingStorage;
import id.gugus.spi.StorageBackend;
import id.gugus.spi.TaskForceStorage;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A storage back-end held in memory, for tests, prototypes and examples. It behaves as the
 * database stores do and passes the same contract suite: unique keys and versions enforced
 * atomically with the same exceptions, serialisable units of work that leave nothing behind
 * when they fail, ordered indexes for subtree and date-range queries, statistics counted
 * inside the store. Thread-safe. Nothing survives the JVM.
 *
 * <p>Use it through {@link id.gugus.store.GugusStore#on(StorageBackend)} or
 * {@link InMemoryStore#create()}.
 */
public final class InMemoryBackend implements StorageBackend {
    private final Transactions tx = new Transactions();
    private final MemoryJurisdictionStorage jurisdictions = new MemoryJurisdictionStorage(tx);
    private final MemoryAgencyStorage agencies = new MemoryAgencyStorage(tx);
    private final MemoryTaskForceStorage taskForces = new MemoryTaskForceStorage(tx);
    private final MemoryCaseStorage cases = new MemoryCaseStorage(tx);
    private final MemoryActionPlanStorage actionPlans = new MemoryActionPlanStorage(tx);
    private final MemoryMeetingStorage meetings = new MemoryMeetingStorage(tx);
    private final MemoryAuditStorage audit = new MemoryAuditStorage(tx);

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

    @Override
    public AuditStorage audit() {
        return audit;
    }

    /**
     * Runs {@code work} holding the store's write lock: units of work are serialisable. If it
     * throws, every change it made is undone before the exception propagates, unchanged. A
     * call from inside a unit of work on the same thread joins it. Work must not wait for
     * another thread that uses this store: that thread cannot write until the unit ends.
     */
    @Override
    public <T> T inUnitOfWork(Supplier<T> work) {
        return tx.inUnitOfWork(Objects.requireNonNull(work, "work"));
    }

    /** A unit of work of its own, or a step of the one running: undone back to its start if it throws. */
    @Override
    public <T> T inNestedUnitOfWork(Supplier<T> work) {
        return tx.step(Objects.requireNonNull(work, "work"));
    }
}
