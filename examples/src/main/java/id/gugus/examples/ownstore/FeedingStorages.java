package id.gugus.examples.ownstore;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.DuplicateVictims;
import id.gugus.cases.Nik;
import id.gugus.cases.Statistics;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Aggregate;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.common.Period;
import id.gugus.examples.ownstore.FeedEntry.Operation;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.MeetingId;
import id.gugus.meeting.PendingFollowUp;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.ActionPlanId;
import id.gugus.spi.ActionPlanStorage;
import id.gugus.spi.AgencyStorage;
import id.gugus.spi.AggregateStorage;
import id.gugus.spi.CaseStorage;
import id.gugus.spi.JurisdictionStorage;
import id.gugus.spi.MeetingStorage;
import id.gugus.spi.TaskForceStorage;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The six storages of {@link ChangeFeedBackend}: each passes every call to the wrapped storage and
 * reports a write that succeeded. A write that throws, or an update or delete that finds another
 * version (and so changes nothing), is not a change.
 */
final class FeedingStorages {
    private FeedingStorages() {}

    /** Find, insert, update and delete of one aggregate type. */
    private abstract static class Feeding<I, A extends Aggregate<I, A>> implements AggregateStorage<I, A> {
        final AggregateStorage<I, A> delegate;
        private final String entityType;
        private final Consumer<ChangeFeed.Change> changes;

        Feeding(AggregateStorage<I, A> delegate, String entityType, Consumer<ChangeFeed.Change> changes) {
            this.delegate = delegate;
            this.entityType = entityType;
            this.changes = changes;
        }

        @Override
        public Optional<A> find(I id) {
            return delegate.find(id);
        }

        @Override
        public void insert(A aggregate) {
            delegate.insert(aggregate);
            changes.accept(new ChangeFeed.Change(entityType, aggregate.id().toString(), Operation.INSERT,
                    aggregate.version()));
        }

        @Override
        public boolean update(A aggregate, long expectedVersion) {
            boolean updated = delegate.update(aggregate, expectedVersion);
            if (updated) {
                changes.accept(new ChangeFeed.Change(entityType, aggregate.id().toString(), Operation.UPDATE,
                        aggregate.version()));
            }
            return updated;
        }

        @Override
        public boolean delete(I id, long expectedVersion) {
            boolean deleted = delegate.delete(id, expectedVersion);
            if (deleted) {
                changes.accept(new ChangeFeed.Change(entityType, id.toString(), Operation.DELETE, expectedVersion));
            }
            return deleted;
        }
    }

    static final class Jurisdictions implements JurisdictionStorage {
        private final JurisdictionStorage delegate;
        private final Consumer<ChangeFeed.Change> changes;

        Jurisdictions(JurisdictionStorage delegate, Consumer<ChangeFeed.Change> changes) {
            this.delegate = delegate;
            this.changes = changes;
        }

        @Override
        public void importAll(Collection<Jurisdiction> areas) {
            delegate.importAll(areas);
            changes.accept(new ChangeFeed.Change("Jurisdiction", String.valueOf(areas.size()), Operation.IMPORT, 0));
        }

        @Override
        public Optional<Jurisdiction> find(JurisdictionCode code) {
            return delegate.find(code);
        }

        @Override
        public List<Jurisdiction> children(JurisdictionCode code) {
            return delegate.children(code);
        }

        @Override
        public List<Jurisdiction> subtree(JurisdictionCode code) {
            return delegate.subtree(code);
        }

        @Override
        public long count() {
            return delegate.count();
        }
    }

    static final class Agencies extends Feeding<AgencyId, Agency> implements AgencyStorage {
        Agencies(AgencyStorage delegate, Consumer<ChangeFeed.Change> changes) {
            super(delegate, "Agency", changes);
        }

        @Override
        public List<Agency> inSubtree(JurisdictionCode code) {
            return ((AgencyStorage) delegate).inSubtree(code);
        }
    }

    static final class TaskForces extends Feeding<TaskForceId, TaskForce> implements TaskForceStorage {
        TaskForces(TaskForceStorage delegate, Consumer<ChangeFeed.Change> changes) {
            super(delegate, "TaskForce", changes);
        }

        @Override
        public Optional<TaskForce> activeFor(JurisdictionCode jurisdiction) {
            return ((TaskForceStorage) delegate).activeFor(jurisdiction);
        }

        @Override
        public List<TaskForce> inSubtree(JurisdictionCode code) {
            return ((TaskForceStorage) delegate).inSubtree(code);
        }
    }

    static final class Cases extends Feeding<CaseId, TraffickingCase> implements CaseStorage {
        Cases(CaseStorage delegate, Consumer<ChangeFeed.Change> changes) {
            super(delegate, "Case", changes);
        }

        private CaseStorage cases() {
            return (CaseStorage) delegate;
        }

        @Override
        public Optional<TraffickingCase> findByNumber(CaseNumber number) {
            return cases().findByNumber(number);
        }

        @Override
        public Page<TraffickingCase> query(CaseQuery query, PageRequest page) {
            return cases().query(query, page);
        }

        @Override
        public long count(CaseQuery query) {
            return cases().count(query);
        }

        @Override
        public Statistics statistics(CaseQuery query, Dimension first, Dimension second) {
            return cases().statistics(query, first, second);
        }

        @Override
        public List<DuplicateVictims> duplicateVictims() {
            return cases().duplicateVictims();
        }

        @Override
        public List<TraffickingCase> withVictimNik(Nik nik) {
            return cases().withVictimNik(nik);
        }
    }

    static final class ActionPlans extends Feeding<ActionPlanId, ActionPlan> implements ActionPlanStorage {
        ActionPlans(ActionPlanStorage delegate, Consumer<ChangeFeed.Change> changes) {
            super(delegate, "ActionPlan", changes);
        }

        @Override
        public List<ActionPlan> forJurisdiction(JurisdictionCode jurisdiction, Period period) {
            return ((ActionPlanStorage) delegate).forJurisdiction(jurisdiction, period);
        }
    }

    static final class Meetings extends Feeding<MeetingId, CoordinationMeeting> implements MeetingStorage {
        Meetings(MeetingStorage delegate, Consumer<ChangeFeed.Change> changes) {
            super(delegate, "Meeting", changes);
        }

        @Override
        public List<CoordinationMeeting> hostedBy(TaskForceId host) {
            return ((MeetingStorage) delegate).hostedBy(host);
        }

        @Override
        public List<PendingFollowUp> undoneFollowUps() {
            return ((MeetingStorage) delegate).undoneFollowUps();
        }
    }
}
