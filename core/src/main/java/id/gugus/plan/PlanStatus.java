package id.gugus.plan;

import java.util.Optional;

/** Lifecycle of an action plan: draft → adopted (by decree) → in effect → evaluated. */
public enum PlanStatus {
    DRAFT,
    ADOPTED,
    IN_EFFECT,
    EVALUATED;

    /** The one status this one may move to; none after evaluation. */
    public Optional<PlanStatus> next() {
        return this == EVALUATED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** Staying put is not a step; any other move than to {@link #next()} skips or goes back. */
    public boolean canMoveTo(PlanStatus target) {
        return target == this || next().filter(target::equals).isPresent();
    }

    /** Adopted, in effect and evaluated plans rest on a signed decree. */
    public boolean needsDecree() {
        return this != DRAFT;
    }
}
