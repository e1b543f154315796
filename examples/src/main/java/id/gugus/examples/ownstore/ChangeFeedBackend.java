package id.gugus.examples.ownstore;

import id.gugus.agency.Agency;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Aggregate;
import id.gugus.examples.ownstore.FeedEntry.Operation;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.plan.ActionPlan;
import id.gugus.spi.AggregateStorage;
import id.gugus.spi.ForwardingAggregateStorage;
import id.gugus.spi.ForwardingJurisdictionStorage;
import id.gugus.spi.ForwardingStorageBackend;
import id.gugus.spi.JurisdictionStorage;
import id.gugus.spi.StorageBackend;
import id.gugus.taskforce.TaskForce;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Your own storage back-end, the short way: wrap one that exists and add what your government
 * needs. This one publishes a change feed (an outbox: what a provincial system sends on to a
 * national one) that is exactly as durable as the change itself: a unit of work's changes enter
 * the feed when, and only when, it commits. Everything else, the audit log included, is the
 * wrapped back-end's ({@link ForwardingStorageBackend} forwards it), and it passes the whole
 * storage contract suite ({@code ChangeFeedBackendTckTest}): wrapping broke none of the guarantees
 * {@code GugusStore} relies on.
 */
public final class ChangeFeedBackend extends ForwardingStorageBackend {
    /** The feed's name of each aggregate type: the one the store uses in messages and the audit log. */
    private static final Map<Class<?>, String> NAMES = Map.of(Agency.class, "Agency", TaskForce.class, "TaskForce",
            TraffickingCase.class, "Case", ActionPlan.class, "ActionPlan", CoordinationMeeting.class, "Meeting");

    private final StorageBackend delegate;
    private final ChangeFeed feed;
    /** The changes of the unit of work running on this thread; null outside one. */
    private final ThreadLocal<List<ChangeFeed.Change>> unit = new ThreadLocal<>();
    private final JurisdictionStorage jurisdictions;

    public ChangeFeedBackend(StorageBackend delegate, ChangeFeed feed) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.feed = Objects.requireNonNull(feed, "feed");
        JurisdictionStorage areas = delegate.jurisdictions();
        this.jurisdictions = new ForwardingJurisdictionStorage() {
            @Override
            protected JurisdictionStorage delegate() {
                return areas;
            }

            @Override
            public void importAll(Collection<Jurisdiction> imported) {
                super.importAll(imported);
                record("Jurisdiction", imported.size(), Operation.IMPORT, 0);
            }
        };
    }

    @Override
    protected StorageBackend delegate() {
        return delegate;
    }

    @Override
    public JurisdictionStorage jurisdictions() {
        return jurisdictions;
    }

    /** Every aggregate type's writes, reported once they succeeded; find is the delegate's own. */
    @Override
    protected <I, A extends Aggregate<I, A>> AggregateStorage<I, A> aggregatePrimitives(
            Class<A> type, AggregateStorage<I, A> primitives) {
        String name = NAMES.get(type);
        return new ForwardingAggregateStorage<>() {
            @Override
            protected AggregateStorage<I, A> delegate() {
                return primitives;
            }

            @Override
            public void insert(A aggregate) {
                super.insert(aggregate);
                record(name, aggregate.id(), Operation.INSERT, aggregate.version());
            }

            // A bulk insert (saveAll) stays one batch for the delegate, and each of its
            // aggregates is reported once the whole batch succeeded.
            @Override
            public void insertAll(List<A> aggregates) {
                super.insertAll(aggregates);
                for (A aggregate : aggregates) {
                    record(name, aggregate.id(), Operation.INSERT, aggregate.version());
                }
            }

            // An update or delete that finds another version changed nothing: no change to report.
            @Override
            public boolean update(A aggregate, long expectedVersion) {
                return super.update(aggregate, expectedVersion)
                        && record(name, aggregate.id(), Operation.UPDATE, aggregate.version());
            }

            @Override
            public boolean delete(I id, long expectedVersion) {
                return super.delete(id, expectedVersion) && record(name, id, Operation.DELETE, expectedVersion);
            }
        };
    }

    /**
     * Runs the work in the wrapped back-end's unit of work and, once that has committed, adds its
     * changes to the feed. A unit that throws leaves no trace; a nested call joins the outer unit.
     */
    @Override
    public <T> T inUnitOfWork(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (unit.get() != null) {
            return super.inUnitOfWork(work);
        }
        List<ChangeFeed.Change> changes = new ArrayList<>();
        unit.set(changes);
        try {
            T result = super.inUnitOfWork(work);
            feed.commit(changes);
            return result;
        } finally {
            unit.remove();
        }
    }

    /**
     * A step of the running unit (or a unit of its own): if it throws, the wrapped back-end
     * undoes its changes, and so they leave the feed's list too.
     */
    @Override
    public <T> T inNestedUnitOfWork(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        List<ChangeFeed.Change> changes = unit.get();
        if (changes == null) {
            return inUnitOfWork(work);
        }
        int before = changes.size();
        try {
            return super.inNestedUnitOfWork(work);
        } catch (RuntimeException | Error e) {
            changes.subList(before, changes.size()).clear();
            throw e;
        }
    }

    /** Called after a write succeeded; outside a unit of work, the write was its own unit. Always true. */
    private boolean record(String entityType, Object id, Operation operation, long version) {
        ChangeFeed.Change change = new ChangeFeed.Change(entityType, id.toString(), operation, version);
        List<ChangeFeed.Change> changes = unit.get();
        if (changes != null) {
            changes.add(change);
        } else {
            feed.commit(List.of(change));
        }
        return true;
    }
}
