package id.gugus.cases;

/**
 * Where the case work with the victims stands: HTCDS 2.0 {@code cas_Status}. It is not the criminal
 * procedure ({@link CaseStatus}): a case closed by the police (SP3) may still be followed up by a
 * social worker, and a case at trial may be closed for services after the victims went home.
 */
public enum CaseManagementState {
    /** HTCDS Active: services are being given. */
    ACTIVE,
    /** HTCDS FollowUp: services ended, the victims are followed up (reintegration). */
    FOLLOW_UP,
    /** HTCDS Closed. */
    CLOSED,
    /** HTCDS ClosedReferred: closed here because the victims were referred to another agency. */
    CLOSED_REFERRED;

    /** Whether someone is still working on the case (active or follow-up). */
    public boolean isOpen() {
        return this == ACTIVE || this == FOLLOW_UP;
    }
}
