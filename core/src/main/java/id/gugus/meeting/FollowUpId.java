package id.gugus.meeting;

import java.util.Objects;
import java.util.UUID;

/** Identifies a follow-up of a meeting decision. */
public record FollowUpId(UUID value) {
    public FollowUpId {
        Objects.requireNonNull(value, "value");
    }

    public static FollowUpId random() {
        return new FollowUpId(UUID.randomUUID());
    }

    public static FollowUpId of(String value) {
        return new FollowUpId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
