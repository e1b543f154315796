package id.gugus.taskforce;

import java.util.Objects;
import java.util.UUID;

/** Identifies a task force (gugus tugas). */
public record TaskForceId(UUID value) {
    public TaskForceId {
        Objects.requireNonNull(value, "value");
    }

    public static TaskForceId random() {
        return new TaskForceId(UUID.randomUUID());
    }

    public static TaskForceId of(String value) {
        return new TaskForceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
