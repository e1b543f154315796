package id.gugus.examples.ownstore;

import id.gugus.spi.ActionPlanStorage;
import id.gugus.spi.AgencyStorage;
import id.gugus.spi.AuditStorage;
import id.gugus.spi.CaseStorage;
import id.gugus.spi.JurisdictionStorage;
import id.gugus.spi.MeetingStorage;
import id.gugus.spi.StorageBackend;
import id.gugus.spi.TaskForceStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Your own storage back-end, the short way: wrap one that exists and add what your government
 * needs. This one publishes a change feed (an outbox: what a provincial system sends on to a
 * national one) that is exactly as durable as the change itself: a unit of work's changes enter
 * the feed when, and only when, it commits. The library's own audit log is kept by the wrapped
 * back-end ({@link #audit()} passes through), so wrapping loses none of it.
 * It passes the whole storage contract suite (see {@code ChangeFeedBackendTckTest}), which is how
 * you know that wrapping broke none of the guarantees {@code GugusStore} relies on.
 *
 * <p>A back-end of your own from scratch implements the same interface: six storages of
 * primitives, the audit log and {@link #inUnitOfWork}; the README's "Write your own storage" lists what each
 * primitive must guarantee.
 */
public final class ChangeFeedBackend implements StorageBackend {
    private final StorageBackend delegate;
    private final ChangeFeed feed;
    /** The changes of the unit of work running on this thread; null outside one. */
    private final ThreadLocal<List<ChangeFeed.Change>> unit = new ThreadLocal<>();

    private final JurisdictionStorage jurisdictions;
    private final AgencyStorage agencies;
    private final TaskForceStorage taskForces;
    private final CaseStorage cases;
    private final ActionPlanStorage actionPlans;
    private final MeetingStorage meetings;

    public ChangeFeedBackend(StorageBackend delegate, ChangeFeed feed) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.feed = Objects.requireNonNull(feed, "feed");
        this.jurisdictions = new FeedingStorages.Jurisdictions(delegate.jurisdictions(), this::record);
        this.agencies = new FeedingStorages.Agencies(delegate.agencies(), this::record);
        this.taskForces = new FeedingStorages.TaskForces(delegate.taskForces(), this::record);
        this.cases = new FeedingStorages.Cases(delegate.cases(), this::record);
        this.actionPlans = new FeedingStorages.ActionPlans(delegate.actionPlans(), this::record);
        this.meetings = new FeedingStorages.Meetings(delegate.meetings(), this::record);
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

    /** The wrapped back-end's audit log: audit entries are not changes of the feed. */
    @Override
    public AuditStorage audit() {
        return delegate.audit();
    }

    /**
     * Runs the work in the wrapped back-end's unit of work and, once that has committed, adds its
     * changes to the feed. A unit that throws leaves no trace; a nested call joins the outer unit.
     */
    @Override
    public <T> T inUnitOfWork(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (unit.get() != null) {
            return delegate.inUnitOfWork(work);
        }
        List<ChangeFeed.Change> changes = new ArrayList<>();
        unit.set(changes);
        try {
            T result = delegate.inUnitOfWork(work);
            feed.commit(changes);
            return result;
        } finally {
            unit.remove();
        }
    }

    /** Called after a write primitive succeeded; outside a unit of work, the write was its own unit. */
    private void record(ChangeFeed.Change change) {
        List<ChangeFeed.Change> changes = unit.get();
        if (changes != null) {
            changes.add(change);
        } else {
            feed.commit(List.of(change));
        }
    }
}
