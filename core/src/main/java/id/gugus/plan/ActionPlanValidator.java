package id.gugus.plan;

import id.gugus.validation.ViolationCollector;
import id.gugus.validation.Violations;
import java.util.Optional;

/** Business rules of an action plan (DESIGN §6). */
public final class ActionPlanValidator {
    private ActionPlanValidator() {}

    /** @param parent the plan this one derives from, if it has one and it exists */
    public static Violations validate(ActionPlan plan, Optional<ActionPlan> parent) {
        ViolationCollector v = new ViolationCollector();
        return v.result();
    }
}
