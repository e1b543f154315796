package id.gugus.cases;

import java.util.Objects;
import java.util.UUID;

/** Identifies a victim within a case. */
public record VictimId(UUID value) {
    public VictimId {
        Objects.requireNonNull(value, "value");
    }

    public static VictimId random() {
        return new VictimId(UUID.randomUUID());
    }

    public static VictimId of(String value) {
        return new VictimId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
