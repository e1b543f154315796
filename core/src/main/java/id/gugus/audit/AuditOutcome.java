package id.gugus.audit;

/** Whether the audited call was allowed, or refused by an access rule. */
public enum AuditOutcome {
    ALLOWED,
    DENIED
}
