package id.gugus.plan;

import java.util.Objects;
import java.util.UUID;

/** Identifies an action plan (RAN or RAD). */
public record ActionPlanId(UUID value) {
    public ActionPlanId {
        Objects.requireNonNull(value, "value");
    }

    public static ActionPlanId random() {
        return new ActionPlanId(UUID.randomUUID());
    }

    public static ActionPlanId of(String value) {
        return new ActionPlanId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
