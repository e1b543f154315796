package id.gugus.taskforce;

import id.gugus.jurisdiction.JurisdictionCode;
import java.util.Optional;

/** National, provincial, regency (kabupaten) or city (kota) task force (docs/task-forces.md). */
public enum TaskForceLevel {
    NATIONAL,
    PROVINCE,
    REGENCY,
    CITY;

    /** The level a task force of this area must have; districts and villages have none. */
    public static TaskForceLevel forArea(JurisdictionCode code) {
        return find(code).orElseThrow(() ->
                new IllegalArgumentException("no task force level for a " + code.kind() + " (" + code + ")"));
    }

    /** Like {@link #forArea}, but empty for a district or village instead of throwing. */
    public static Optional<TaskForceLevel> find(JurisdictionCode code) {
        return switch (code.kind()) {
            case COUNTRY -> Optional.of(NATIONAL);
            case PROVINCE -> Optional.of(PROVINCE);
            case KABUPATEN -> Optional.of(REGENCY);
            case KOTA -> Optional.of(CITY);
            case KECAMATAN, KELURAHAN, DESA, DESA_ADAT -> Optional.empty();
        };
    }
}
