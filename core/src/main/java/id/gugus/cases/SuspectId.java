package id.gugus.cases;

import java.util.Objects;
import java.util.UUID;

/** Identifies a suspect within a case. */
public record SuspectId(UUID value) {
    public SuspectId {
        Objects.requireNonNull(value, "value");
    }

    public static SuspectId random() {
        return new SuspectId(UUID.randomUUID());
    }

    public static SuspectId of(String value) {
        return new SuspectId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
