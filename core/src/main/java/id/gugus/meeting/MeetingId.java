package id.gugus.meeting;

import java.util.Objects;
import java.util.UUID;

/** Identifies a coordination meeting (rakor). */
public record MeetingId(UUID value) {
    public MeetingId {
        Objects.requireNonNull(value, "value");
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    public static MeetingId of(String value) {
        return new MeetingId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
