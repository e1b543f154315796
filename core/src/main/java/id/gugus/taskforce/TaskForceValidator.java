package id.gugus.taskforce;

import com.google.common.collect.ImmutableList;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.util.Objects;
import java.util.Optional;

/**
 * Business rules of a task force (docs/task-forces.md, Regulation 49/2023): level and area, chair and
 * daily chair (see {@link ComplianceCheck}), parent, decree and signatory, sub-task forces and
 * members. Every violation is returned, never only the first.
 */
public final class TaskForceValidator {
    private TaskForceValidator() {}

    /**
     * @param parent the task force this one reports to (the one {@link TaskForce#parent()} names),
     *     if it has one and it exists; its jurisdiction is compared with the containing area
     */
    public static Violations validate(TaskForce taskForce, Optional<TaskForce> parent) {
        Objects.requireNonNull(taskForce, "taskForce");
        Objects.requireNonNull(parent, "parent");
        ImmutableList.Builder<Violation> out = ImmutableList.builder();
        LevelCheck.check(taskForce, out);
        // Offices are those of the level the area requires, even if the stored level is wrong.
        TaskForceLevel.find(taskForce.jurisdiction()).ifPresent(level -> {
            ComplianceCheck.composition(taskForce, level, out);
            DecreeCheck.checkSignatory(taskForce, level, out);
        });
        HierarchyCheck.check(taskForce, parent, out);
        DecreeCheck.checkStatus(taskForce, out);
        MembershipCheck.check(taskForce, out);
        return Violations.of(out.build());
    }
}
