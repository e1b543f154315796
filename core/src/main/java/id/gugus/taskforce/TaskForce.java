package id.gugus.taskforce;

import com.google.common.collect.ImmutableList;
import id.gugus.common.Texts;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.store.Aggregate;
import java.util.Objects;

/**
 * A task force (Gugus Tugas PP-TPPO) of one jurisdiction (DESIGN §5): its chair and daily
 * chair, sub-task forces per cluster, member agencies, the decree that forms it, its place in
 * the lifecycle, the task force it reports to, its legal basis, and the compositions it had
 * before it was last re-formed.
 *
 * @param decree the current decree; null while the task force is only proposed
 * @param parent the task force of the containing area; null for the national one
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

    @Override
    public TaskForce withVersion(long version) {
        return new TaskForce(id, version, name, level, jurisdiction, chair, dailyChair, subTaskForces, members,
                decree, status, parent, legalBasis, history);
    }
}
