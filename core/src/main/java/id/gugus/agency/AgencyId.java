package id.gugus.agency;

import java.util.Objects;
import java.util.UUID;

/** Identifies an agency (instansi). */
public record AgencyId(UUID value) {
    public AgencyId {
        Objects.requireNonNull(value, "value");
    }

    public static AgencyId random() {
        return new AgencyId(UUID.randomUUID());
    }

    public static AgencyId of(String value) {
        return new AgencyId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
