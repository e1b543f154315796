package id.gugus.spi;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.cases.CaseId;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Aggregate;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.MeetingId;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.ActionPlanId;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
import java.util.function.Supplier;

/**
 * A back-end that passes every call to another one, {@link #delegate()}, in the manner of Guava's
 * {@code ForwardingObject} family: a back-end that wraps another (to publish a change feed, count
 * calls, cache reference data...) extends it and overrides only what it changes.
 *
 * <ul>
 *   <li>To change a method or two of one storage, override its accessor and return a
 *       {@code Forwarding*Storage} of your own around the delegate's storage:
 *       <pre>{@code
 * @Override
 * public JurisdictionStorage jurisdictions() {
 *     JurisdictionStorage areas = super.jurisdictions();
 *     return new ForwardingJurisdictionStorage() {
 *         @Override protected JurisdictionStorage delegate() { return areas; }
 *         @Override public long count() { return cachedCount(areas); }
 *     };
 * }
 * }</pre>
 *   <li>To change {@code find}, {@code insert}, {@code insertAll}, {@code update} and {@code delete}
 *       of every aggregate type at once (publish or count every write, refuse writes on a read-only
 *       replica), override {@link #aggregatePrimitives} and return a {@link ForwardingAggregateStorage}
 *       of your own: the five aggregate storages then use it, and their queries still go to the
 *       delegate's. Override {@code insertAll} beside {@code insert} to keep the bulk path's
 *       batches; a wrapper that overrides {@code insert} alone gets each of a bulk insert's
 *       aggregates through it, one by one.
 *   <li>{@link #audit()}, {@link #inUnitOfWork} and {@link #inNestedUnitOfWork} forward like the
 *       rest; override both unit-of-work methods to keep something of your own in step with the
 *       delegate's units of work and their nested steps (see the change-feed example).
 * </ul>
 *
 * <p>A wrapper keeps the delegate's guarantees only as far as its overrides keep them: report a
 * write after the delegate's write returned (it may throw, or an update may find another version
 * and return false), and let what you keep beside the delegate's data commit and roll back with its
 * units of work. Run the storage TCK on the wrapper to prove it.
 */
public abstract class ForwardingStorageBackend implements StorageBackend {
    protected ForwardingStorageBackend() {}

    /** The back-end every call goes to unless overridden. */
    protected abstract StorageBackend delegate();

    /**
     * The primitives (find, insert, insertAll, update by version or from the stored copy, delete) of one aggregate type as this
     * back-end's storages offer them: {@code primitives}, the delegate's storage of that type,
     * unless overridden. Called each time a
     * storage accessor is, so keep it cheap (a small wrapper around {@code primitives}).
     *
     * @param type the aggregate type: {@code Agency}, {@code TaskForce}, {@code TraffickingCase},
     *     {@code ActionPlan} or {@code CoordinationMeeting}
     */
    protected <I, A extends Aggregate<I, A>> AggregateStorage<I, A> aggregatePrimitives(
            Class<A> type, AggregateStorage<I, A> primitives) {
        return primitives;
    }

    @Override
    public JurisdictionStorage jurisdictions() {
        return delegate().jurisdictions();
    }

    @Override
    public AgencyStorage agencies() {
        AgencyStorage storage = delegate().agencies();
        AggregateStorage<AgencyId, Agency> primitives = aggregatePrimitives(Agency.class, storage);
        return primitives == storage ? storage : new ForwardingAgencyStorage() {
            @Override
            protected AgencyStorage delegate() {
                return storage;
            }

            @Override
            AggregateStorage<AgencyId, Agency> primitives() {
                return primitives;
            }
        };
    }

    @Override
    public TaskForceStorage taskForces() {
        TaskForceStorage storage = delegate().taskForces();
        AggregateStorage<TaskForceId, TaskForce> primitives = aggregatePrimitives(TaskForce.class, storage);
        return primitives == storage ? storage : new ForwardingTaskForceStorage() {
            @Override
            protected TaskForceStorage delegate() {
                return storage;
            }

            @Override
            AggregateStorage<TaskForceId, TaskForce> primitives() {
                return primitives;
            }
        };
    }

    @Override
    public CaseStorage cases() {
        CaseStorage storage = delegate().cases();
        AggregateStorage<CaseId, TraffickingCase> primitives = aggregatePrimitives(TraffickingCase.class, storage);
        return primitives == storage ? storage : new ForwardingCaseStorage() {
            @Override
            protected CaseStorage delegate() {
                return storage;
            }

            @Override
            AggregateStorage<CaseId, TraffickingCase> primitives() {
                return primitives;
            }
        };
    }

    @Override
    public ActionPlanStorage actionPlans() {
        ActionPlanStorage storage = delegate().actionPlans();
        AggregateStorage<ActionPlanId, ActionPlan> primitives = aggregatePrimitives(ActionPlan.class, storage);
        return primitives == storage ? storage : new ForwardingActionPlanStorage() {
            @Override
            protected ActionPlanStorage delegate() {
                return storage;
            }

            @Override
            AggregateStorage<ActionPlanId, ActionPlan> primitives() {
                return primitives;
            }
        };
    }

    @Override
    public MeetingStorage meetings() {
        MeetingStorage storage = delegate().meetings();
        AggregateStorage<MeetingId, CoordinationMeeting> primitives =
                aggregatePrimitives(CoordinationMeeting.class, storage);
        return primitives == storage ? storage : new ForwardingMeetingStorage() {
            @Override
            protected MeetingStorage delegate() {
                return storage;
            }

            @Override
            AggregateStorage<MeetingId, CoordinationMeeting> primitives() {
                return primitives;
            }
        };
    }

    @Override
    public AuditStorage audit() {
        return delegate().audit();
    }

    @Override
    public <T> T inUnitOfWork(Supplier<T> work) {
        return delegate().inUnitOfWork(work);
    }

    @Override
    public <T> T inNestedUnitOfWork(Supplier<T> work) {
        return delegate().inNestedUnitOfWork(work);
    }

    /** The delegate's, as Guava's {@code ForwardingObject} does. */
    @Override
    public String toString() {
        return delegate().toString();
    }
}
