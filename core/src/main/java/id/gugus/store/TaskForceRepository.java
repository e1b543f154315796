package id.gugus.store;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.audit.AuditAction;
import id.gugus.error.DuplicateException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Permission;
import id.gugus.spi.TaskForceStorage;
import id.gugus.spi.StorageBackend;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
import id.gugus.taskforce.TaskForceValidator;
import id.gugus.validation.Violations;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Task forces as stored. Every save validates with {@link TaskForceValidator} (against the
 * task force it reports to), checks that its jurisdiction, parent and agencies exist, and keeps
 * at most one active task force per jurisdiction (docs/task-forces.md).
 */
public final class TaskForceRepository {
    static final String ENTITY = "TaskForce";
    /** Read with {@code READ_COORDINATION}, written with {@code WRITE_COORDINATION}, scoped by its jurisdiction. */
    static final AggregateKind<TaskForce> KIND = new AggregateKind<>(ENTITY, Permission.READ_COORDINATION,
            ImmutableSet.of(Permission.WRITE_COORDINATION), (tf, backend) -> tf.jurisdiction(), null);
    /** Key name in the {@link DuplicateException} for a second active task force. */
    public static final String ACTIVE_KEY = "an active task force for jurisdiction";

    private final StorageBackend backend;
    private final AccessDecision access;
    private final Disclosure disclosure;
    private final VersionedWriter writer;

    TaskForceRepository(StorageBackend backend, AccessDecision access, Disclosure disclosure, VersionedWriter writer) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.access = Objects.requireNonNull(access, "access");
        this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * Inserts a new task force (version 0) or replaces the stored one carrying the same version.
     *
     * @return the stored copy with its new version, and the warnings of the validation (for
     *     example {@code TF-NONCOMPLIANT}: the composition breaks Regulation 49/2023 and the task
     *     force must be re-formed)
     * @throws id.gugus.error.ValidationException if a rule is broken (warnings do not block)
     * @throws id.gugus.error.ReferenceException if the jurisdiction, parent or an agency is missing
     * @throws DuplicateException if another active task force holds the jurisdiction
     * @throws id.gugus.error.ConflictException if the copy is stale
     */
    public Saved<TaskForce> save(TaskForce taskForce) {
        return writer.save(KIND, storage(), taskForce, (stored, tf) -> {
            ReferenceCheck refs = new ReferenceCheck(backend, ENTITY, tf.id());
            Violations violations = rules(tf, refs);
            VersionedWriter.requireValid(ENTITY, tf.id(), violations);
            refs.jurisdiction("jurisdiction", tf.jurisdiction());
            for (int i = 0; i < tf.subTaskForces().size(); i++) {
                refs.agency("subTaskForces[" + i + "].coordinator", tf.subTaskForces().get(i).coordinator());
            }
            for (int i = 0; i < tf.members().size(); i++) {
                refs.agency("members[" + i + "].agency", tf.members().get(i).agency());
            }
            if (tf.status().isActive()) {
                storage().activeFor(tf.jurisdiction())
                        .filter(other -> !other.id().equals(tf.id()))
                        .ifPresent(other -> {
                            throw new DuplicateException(ENTITY, ACTIVE_KEY, tf.jurisdiction());
                        });
            }
            return violations;
        });
    }

    /**
     * The violations, errors and warnings, that {@link #save} would find in the task force's rules,
     * without saving it: the rules are checked against the task force it reports to
     * ({@link TaskForce#parent()}), which the store looks up, so the caller need not fetch it. The
     * parent may lie outside the actor's scope (a regency's task force reports to its province's);
     * only what the violations say of it is shown. The other checks of a save (that the
     * jurisdiction and agencies exist, one active task force per area, the version) run on save.
     *
     * <pre>{@code
     * Violations found = store.taskForces().validate(draft);
     * if (found.hasErrors()) { show(found.errors()); } else { store.taskForces().save(draft); }
     * }</pre>
     *
     * @throws id.gugus.error.ReferenceException if the parent it names is not stored
     * @throws id.gugus.error.AccessDeniedException unless the actor reads task forces in its jurisdiction (audited)
     */
    public Violations validate(TaskForce taskForce) {
        Objects.requireNonNull(taskForce, "taskForce");
        access.requireRead(KIND, taskForce.id());
        access.requireInScope(Attempt.to(AuditAction.READ, ENTITY).on(taskForce.id(), taskForce.version())
                .in(taskForce.jurisdiction()));
        return rules(taskForce, new ReferenceCheck(backend, ENTITY, taskForce.id()));
    }

    /** The task force's rules, against the stored parent it names (a parent named but not stored is a missing reference). */
    private Violations rules(TaskForce tf, ReferenceCheck refs) {
        Optional<TaskForce> parent = Optional.empty();
        if (tf.parent() != null) {
            parent = storage().find(tf.parent());
            refs.require("parent", tf.parent(), parent.isPresent());
        }
        return TaskForceValidator.validate(tf, parent);
    }

    public Optional<TaskForce> find(TaskForceId id) {
        return disclosure.find(KIND, storage(), id);
    }

    public TaskForce get(TaskForceId id) {
        return disclosure.get(KIND, storage(), id);
    }

    public void delete(TaskForceId id, long version) {
        writer.delete(KIND, storage(), id, version);
    }

    /** The active (not dissolved) task force of exactly this jurisdiction, if there is one. */
    public Optional<TaskForce> activeFor(JurisdictionCode jurisdiction) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        access.requireRead(KIND, null);
        access.requireInScope(Attempt.to(AuditAction.READ, ENTITY).in(jurisdiction));
        return storage().activeFor(jurisdiction);
    }

    /**
     * Task forces (active or not) of the area and every area under it, in jurisdiction code order;
     * for a scoped actor, only those inside its scope.
     */
    public List<TaskForce> inSubtree(JurisdictionCode code) {
        Objects.requireNonNull(code, "code");
        access.requireRead(KIND, null);
        if (!access.overlapsScope(code)) {
            return ImmutableList.of();
        }
        return disclosure.discloseAll(KIND, storage().inSubtree(access.visiblePartOf(code)));
    }

    private TaskForceStorage storage() {
        return backend.taskForces();
    }
}
