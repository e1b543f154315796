package id.gugus.security;

/**
 * What an actor may do, inside its jurisdiction scope. Roles grant permissions; the store checks
 * them before every call (docs/privacy-and-security.md). Reading jurisdictions and agencies needs none: they are
 * public reference data.
 */
public enum Permission {
    /** Count cases and read case statistics; no case, no person. */
    READ_STATISTICS,
    /** Read cases; their personal data only with {@link #READ_PERSONAL_DATA}. */
    READ_CASES,
    /** Create, change and delete cases. Needs {@link #READ_PERSONAL_DATA} too: a case holds it. */
    WRITE_CASES,
    /** See the names, NIK, contact and address of victims and suspects; each read is audited. */
    READ_PERSONAL_DATA,
    /** Read task forces, action plans and coordination meetings. */
    READ_COORDINATION,
    /** Create, change and delete task forces, action plans, meetings and agencies. */
    WRITE_COORDINATION,
    /** Import the area tree: national reference data, so national scope only. */
    IMPORT_AREAS,
    /** Read the audit log. */
    READ_AUDIT
}
