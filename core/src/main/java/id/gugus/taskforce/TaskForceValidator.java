package id.gugus.taskforce;

import id.gugus.validation.ViolationCollector;
import id.gugus.validation.Violations;
import java.util.Optional;

/** Business rules of a task force (DESIGN §5, Regulation 49/2023). */
public final class TaskForceValidator {
    private TaskForceValidator() {}

    /** @param parent the task force this one reports to, if it has one and it exists */
    public static Violations validate(TaskForce taskForce, Optional<TaskForce> parent) {
        ViolationCollector v = new ViolationCollector();
        return v.result();
    }
}
