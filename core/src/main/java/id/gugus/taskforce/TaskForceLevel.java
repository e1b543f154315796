package id.gugus.taskforce;

import id.gugus.jurisdiction.AreaKind;
import id.gugus.jurisdiction.JurisdictionCode;

/** National, provincial, regency (kabupaten) or city (kota) task force (DESIGN §5). */
public enum TaskForceLevel {
    NATIONAL,
    PROVINCE,
    REGENCY,
    CITY;

    /** The level a task force of this area must have; districts and villages have none. */
    public static TaskForceLevel forArea(JurisdictionCode code) {
        AreaKind kind = code.kind();
        return switch (kind) {
            case COUNTRY -> NATIONAL;
            case PROVINCE -> PROVINCE;
            case KABUPATEN -> REGENCY;
            case KOTA -> CITY;
            default -> throw new IllegalArgumentException("no task force level for a " + kind + " (" + code + ")");
        };
    }
}
