package id.gugus.taskforce;

import com.google.common.collect.ImmutableList;
import id.gugus.common.Aggregate;
import id.gugus.common.Texts;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A task force (Gugus Tugas PP-TPPO) of one jurisdiction (docs/task-forces.md): its chair and daily
 * chair, sub-task forces per cluster, member agencies, the decree that forms it, its place in
 * the lifecycle, the task force it reports to, its legal basis, and the compositions it had
 * before it was last re-formed.
 *
 * <p>Lifecycle: {@link #propose} → {@link #draftDecree} → {@link #establish} (decree signed) →
 * {@link #dissolve}; an established task force may be {@link #reform re-formed}, which replaces
 * its decree, chair and daily chair and keeps the old ones in {@link #history}. Each step returns
 * a new copy; a step the status does not allow throws a {@link ValidationException} with
 * {@code TF-LIFECYCLE}. Who may hold which seat is not checked here but by
 * {@link TaskForceValidator}, which reports every broken rule at once.
 *
 * @param decree the current decree; null while the task force is only proposed
 * @param parent the task force of the containing area; null for the national one
 * @param history compositions that ended, oldest first, each with the day it ended: replaced by
 *     re-forming, or, for the last one of a dissolved task force, the day it was dissolved
 */
public record TaskForce(
        TaskForceId id,
        long version,
        String name,
        TaskForceLevel level,
        JurisdictionCode jurisdiction,
        Official chair,
        Official dailyChair,
        ImmutableList<SubTaskForce> subTaskForces,
        ImmutableList<Member> members,
        Decree decree,
        TaskForceStatus status,
        TaskForceId parent,
        ImmutableList<String> legalBasis,
        ImmutableList<Composition> history)
        implements Aggregate<TaskForceId, TaskForce> {

    public TaskForce {
        Objects.requireNonNull(id, "id");
        Texts.required(name, "taskForce.name", Texts.SHORT);
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(chair, "chair");
        Objects.requireNonNull(dailyChair, "dailyChair");
        Objects.requireNonNull(status, "status");
        subTaskForces = ImmutableList.copyOf(Objects.requireNonNull(subTaskForces, "subTaskForces"));
        members = ImmutableList.copyOf(Objects.requireNonNull(members, "members"));
        legalBasis = ImmutableList.copyOf(Objects.requireNonNull(legalBasis, "legalBasis"));
        history = ImmutableList.copyOf(Objects.requireNonNull(history, "history"));
    }

    /**
     * A new task force for an area, not yet saved (version 0), with the level its area requires
     * and the default legal basis ({@link LegalBasis#DEFAULT}).
     *
     * @param parent the task force it reports to; null for the national one
     * @throws ValidationException {@code TF-LEVEL} if the area is a district or village
     */
    public static TaskForce propose(String name, JurisdictionCode jurisdiction, Official chair, Official dailyChair,
            TaskForceId parent) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        TaskForceLevel level = TaskForceLevel.find(jurisdiction)
                .orElseThrow(() -> fail(LevelCheck.noTaskForceHere(jurisdiction)));
        return new TaskForce(TaskForceId.random(), 0, name, level, jurisdiction, chair, dailyChair,
                ImmutableList.of(), ImmutableList.of(), null, TaskForceStatus.PROPOSED, parent,
                LegalBasis.DEFAULT, ImmutableList.of());
    }

    /** Renamed; the decree, composition and history stay. */
    public TaskForce withName(String name) {
        return new TaskForce(id, version, name, level, jurisdiction, chair, dailyChair, subTaskForces, members,
                decree, status, parent, legalBasis, history);
    }

    /**
     * Reporting to another task force (when the one above was dissolved and formed anew, say);
     * null for the national task force. {@link TaskForceValidator} checks it against the parent.
     */
    public TaskForce withParent(TaskForceId parent) {
        return new TaskForce(id, version, name, level, jurisdiction, chair, dailyChair, subTaskForces, members,
                decree, status, parent, legalBasis, history);
    }

    /** Adds the working group of one cluster; a second one for the same cluster is refused (TF-SUBTASKFORCE). */
    public TaskForce withSubTaskForce(SubTaskForce subTaskForce) {
        Objects.requireNonNull(subTaskForce, "subTaskForce");
        requireActive(LifecycleStep.CHANGE_MEMBERSHIP);
        for (int i = 0; i < subTaskForces.size(); i++) {
            if (subTaskForces.get(i).cluster() == subTaskForce.cluster()) {
                throw fail(MembershipCheck.duplicateCluster(subTaskForce.cluster(), subTaskForces.size(), i));
            }
        }
        return new TaskForce(id, version, name, level, jurisdiction, chair, dailyChair,
                append(subTaskForces, subTaskForce), members, decree, status, parent, legalBasis, history);
    }

    /** Adds a member agency and its representative; an agency already on the task force is refused (TF-MEMBER). */
    public TaskForce withMember(Member member) {
        Objects.requireNonNull(member, "member");
        requireActive(LifecycleStep.CHANGE_MEMBERSHIP);
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).agency().equals(member.agency())) {
                throw fail(MembershipCheck.duplicateMember(member.agency(), members.size(), i));
            }
        }
        return new TaskForce(id, version, name, level, jurisdiction, chair, dailyChair,
                subTaskForces, append(members, member), decree, status, parent, legalBasis, history);
    }

    /** Proposed → decree drafted: the SK that will form the task force is drafted under this number. */
    public TaskForce draftDecree(String number) {
        requireStatus(TaskForceStatus.PROPOSED, LifecycleStep.DRAFT_DECREE);
        Texts.required(number, "decree.number", Texts.SHORT);
        return withDecree(Decree.draft(number), TaskForceStatus.DECREE_DRAFTED, history);
    }

    /** Decree drafted → established: the drafted decree is signed on that day by that official. */
    public TaskForce establish(LocalDate signedOn, Official signatory) {
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(signatory, "signatory");
        requireStatus(TaskForceStatus.DECREE_DRAFTED, LifecycleStep.ESTABLISH);
        if (decree == null) {
            throw fail(lifecycle(LifecycleStep.ESTABLISH));
        }
        requireNotBeforeRecorded(signedOn, "signedOn");
        return withDecree(decree.sign(signedOn, signatory), TaskForceStatus.ESTABLISHED, history);
    }

    /**
     * Re-forms an established task force (e.g. to make the police chief its daily chair under
     * Regulation 49/2023): the new decree, chair and daily chair replace the current ones, which
     * go to {@link #history} as ending on {@code on}. The status follows the new decree: signed
     * gives established, drafted gives decree drafted (then {@link #establish} signs it).
     * Members and sub-task forces stay.
     */
    public TaskForce reform(Official chair, Official dailyChair, Decree newDecree, LocalDate on) {
        Objects.requireNonNull(chair, "chair");
        Objects.requireNonNull(dailyChair, "dailyChair");
        Objects.requireNonNull(newDecree, "newDecree");
        Objects.requireNonNull(on, "on");
        requireStatus(TaskForceStatus.ESTABLISHED, LifecycleStep.REFORM);
        if (newDecree.status() == DecreeStatus.REVOKED) {
            throw fail(lifecycle(LifecycleStep.REFORM_WITH_REVOKED_DECREE));
        }
        requireNotBeforeRecorded(on, "on");
        if (newDecree.date() != null) {
            requireNotBeforeRecorded(newDecree.date(), "newDecree.date");
        }
        TaskForceStatus next = newDecree.status() == DecreeStatus.SIGNED
                ? TaskForceStatus.ESTABLISHED
                : TaskForceStatus.DECREE_DRAFTED;
        return new TaskForce(id, version, name, level, jurisdiction, chair, dailyChair, subTaskForces, members,
                newDecree, next, parent, legalBasis, append(history, currentComposition(on)));
    }

    /**
     * Dissolves the task force on that day. An established one ends; a proposal may be abandoned
     * too, otherwise it would block the area, which has at most one active task force. The last
     * composition goes to {@link #history} as ending on {@code on}.
     */
    public TaskForce dissolve(LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (!status.isActive()) {
            throw fail(lifecycle(LifecycleStep.DISSOLVE));
        }
        requireNotBeforeRecorded(on, "on");
        return withDecree(decree, TaskForceStatus.DISSOLVED, append(history, currentComposition(on)));
    }

    /** The day it was dissolved; empty while it is active. */
    public Optional<LocalDate> dissolvedOn() {
        if (status.isActive() || history.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(history.get(history.size() - 1).replacedOn());
    }

    @Override
    public TaskForce withVersion(long version) {
        return new TaskForce(id, version, name, level, jurisdiction, chair, dailyChair, subTaskForces, members,
                decree, status, parent, legalBasis, history);
    }

    private TaskForce withDecree(Decree newDecree, TaskForceStatus newStatus, ImmutableList<Composition> newHistory) {
        return new TaskForce(id, version, name, level, jurisdiction, chair, dailyChair, subTaskForces, members,
                newDecree, newStatus, parent, legalBasis, newHistory);
    }

    private Composition currentComposition(LocalDate endedOn) {
        return new Composition(chair, dailyChair, decree, endedOn);
    }

    private void requireStatus(TaskForceStatus required, LifecycleStep step) {
        if (status != required) {
            throw fail(lifecycle(step));
        }
    }

    private void requireActive(LifecycleStep step) {
        if (!status.isActive()) {
            throw fail(lifecycle(step));
        }
    }

    /** Lifecycle dates move forward: nothing happens before the decree or the last change on record. */
    private void requireNotBeforeRecorded(LocalDate date, String path) {
        Optional<LocalDate> latest = Stream.concat(
                        Stream.ofNullable(decree).map(Decree::date).filter(Objects::nonNull),
                        history.stream().map(Composition::replacedOn))
                .max(LocalDate::compareTo);
        if (latest.isPresent() && date.isBefore(latest.get())) {
            throw fail(Labels.violation(TaskForceRule.LIFECYCLE_DATE, path,
                    locale -> new Object[] {date.toString(), latest.get().toString()}));
        }
    }

    private Violation lifecycle(LifecycleStep step) {
        return Labels.violation(TaskForceRule.LIFECYCLE, "status", locale -> new Object[] {
            Labels.of("status", status, locale), Labels.of("step", step, locale)});
    }

    private static ValidationException fail(Violation violation) {
        return new ValidationException(Violations.of(violation));
    }

    private static <T> ImmutableList<T> append(ImmutableList<T> list, T element) {
        return ImmutableList.<T>builderWithExpectedSize(list.size() + 1).addAll(list).add(element).build();
    }
}
