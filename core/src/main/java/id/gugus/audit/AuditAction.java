package id.gugus.audit;

/**
 * What an audited call did, or tried to do. The access messages pick their verb by the ordinal
 * (AccessRules_*.properties): add new actions at the end only.
 */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** The area tree was imported. */
    IMPORT,
    /** Personal data was returned to the actor (one entry per case). */
    READ_PERSONAL_DATA,
    /** A read that needs a permission (recorded only when it is denied). */
    READ,
    /** Acting as another actor through a secured view (recorded only when it is denied). */
    ACT_AS
}
