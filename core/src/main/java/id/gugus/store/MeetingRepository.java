package id.gugus.store;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.AgencyId;
import id.gugus.audit.AuditAction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.FollowUp;
import id.gugus.meeting.FollowUpState;
import id.gugus.meeting.MeetingId;
import id.gugus.meeting.MeetingValidator;
import id.gugus.meeting.PendingFollowUp;
import id.gugus.security.Permission;
import id.gugus.spi.MeetingStorage;
import id.gugus.spi.StorageBackend;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Coordination meetings (rakor) as stored. Every save validates with {@link MeetingValidator}
 * and checks that the host task force, the participants and the assignees exist. Follow-ups
 * are open or overdue against a date the caller gives (docs/meetings.md).
 */
public final class MeetingRepository {
    static final String ENTITY = "Meeting";
    /**
     * Read with {@code READ_COORDINATION}, written with {@code WRITE_COORDINATION}; a meeting
     * belongs to its host task force's jurisdiction (unknown host: only a national actor passes).
     */
    static final AggregateKind<CoordinationMeeting> KIND = new AggregateKind<>(ENTITY, Permission.READ_COORDINATION,
            ImmutableSet.of(Permission.WRITE_COORDINATION), (m, backend) -> hostArea(m.host(), backend), null);

    private final StorageBackend backend;
    private final AccessDecision access;
    private final Disclosure disclosure;
    private final VersionedWriter writer;

    MeetingRepository(StorageBackend backend, AccessDecision access, Disclosure disclosure, VersionedWriter writer) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.access = Objects.requireNonNull(access, "access");
        this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * Inserts a new meeting (version 0) or replaces the stored one carrying the same version.
     *
     * @return the stored copy with its new version, and the warnings of the validation (for
     *     example {@code MEETING-ASSIGNEE}: a follow-up is assigned to an agency that did not attend)
     * @throws id.gugus.error.ValidationException if a rule is broken (warnings do not block)
     * @throws id.gugus.error.ReferenceException if the host, a participant or an assignee is missing
     * @throws id.gugus.error.ConflictException if the copy is stale
     */
    public Saved<CoordinationMeeting> save(CoordinationMeeting meeting) {
        return writer.save(KIND, storage(), meeting, this::checks);
    }

    /**
     * Saves every meeting of the list, in its order, all or nothing (for minutes recorded
     * elsewhere and imported): every meeting is validated before anything is written, and if any
     * breaks a rule, nothing is stored and one {@link id.gugus.error.ValidationException} names
     * every violation of every invalid meeting, its path under the meeting's index in the list
     * ({@code [2].decisions[0].followUp.due}). Then they are saved as {@link #save} saves one, in
     * one unit of work: the first failure rolls back the whole batch.
     *
     * @return each meeting's {@link Saved}, in the order of {@code meetings}
     * @throws id.gugus.error.ValidationException naming each invalid meeting by its index
     * @throws id.gugus.error.ReferenceException if a host, participant or assignee is missing
     * @throws id.gugus.error.ConflictException if a copy is stale
     */
    public ImmutableList<Saved<CoordinationMeeting>> saveAll(List<CoordinationMeeting> meetings) {
        return writer.saveAll(KIND, storage(), meetings, (stored, m) -> MeetingValidator.validate(m), this::checks);
    }

    private Violations checks(Optional<CoordinationMeeting> stored, CoordinationMeeting m) {
        Violations violations = MeetingValidator.validate(m);
        VersionedWriter.requireValid(ENTITY, m.id(), violations);
        ReferenceCheck refs = new ReferenceCheck(backend, ENTITY, m.id());
        refs.taskForce("host", m.host());
        int i = 0;
        for (AgencyId participant : m.participants()) {
            refs.agency("participants[" + i++ + "]", participant);
        }
        for (int d = 0; d < m.decisions().size(); d++) {
            FollowUp followUp = m.decisions().get(d).followUp();
            if (followUp != null) {
                refs.agency("decisions[" + d + "].followUp.assignee", followUp.assignee());
            }
        }
        return violations;
    }

    public Optional<CoordinationMeeting> find(MeetingId id) {
        return disclosure.find(KIND, storage(), id);
    }

    public CoordinationMeeting get(MeetingId id) {
        return disclosure.get(KIND, storage(), id);
    }

    public void delete(MeetingId id, long version) {
        writer.delete(KIND, storage(), id, version);
    }

    /** Meetings hosted by the task force, by date. */
    public List<CoordinationMeeting> hostedBy(TaskForceId host) {
        Objects.requireNonNull(host, "host");
        access.requireRead(KIND, null);
        access.requireInScope(Attempt.to(AuditAction.READ, ENTITY).in(hostArea(host, backend)));
        // Every meeting listed has this host, whose area was just checked: no meeting to look at one by one.
        return ImmutableList.copyOf(storage().hostedBy(host));
    }

    /**
     * Follow-ups in {@code state} on {@code today} (the caller's date): {@link FollowUpState#OPEN}
     * (not done, due today or later) or {@link FollowUpState#OVERDUE} (not done, due before
     * today), by due date then id.
     */
    public List<PendingFollowUp> followUps(FollowUpState state, LocalDate today) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(today, "today");
        if (state == FollowUpState.DONE) {
            throw new IllegalArgumentException("only open and overdue follow-ups are listed");
        }
        access.requireRead(KIND, null);
        Map<TaskForceId, JurisdictionCode> hosts = new HashMap<>();
        return storage().undoneFollowUps().stream()
                .filter(p -> p.followUp().stateOn(today) == state)
                .filter(p -> access.inScope(hosts.computeIfAbsent(p.host(), h -> hostArea(h, backend))))
                .collect(ImmutableList.toImmutableList());
    }

    private static JurisdictionCode hostArea(TaskForceId host, StorageBackend backend) {
        return backend.taskForces().find(host).map(TaskForce::jurisdiction).orElse(null);
    }

    private MeetingStorage storage() {
        return backend.meetings();
    }
}
