package id.gugus.cases;

/**
 * Victim services (docs/cases.md): every HTCDS 2.0 support-plan type ({@code spl_Type}), under
 * Gugus's names where they differ, and the services Indonesian law names on their own
 * (repatriation, reintegration, shelter: UU 21/2007 Art. 51 and 52).
 */
public enum ServiceType {
    /** HTCDS Health. */
    HEALTH_REHABILITATION,
    /** HTCDS SocialCare. */
    SOCIAL_REHABILITATION,
    REPATRIATION,
    REINTEGRATION,
    /** HTCDS Legal. */
    LEGAL_AID,
    SHELTER,
    /** HTCDS Education. */
    EDUCATION,
    /** HTCDS Financial. */
    FINANCIAL,
    /** HTCDS Livelihood. */
    LIVELIHOOD,
    /** HTCDS RightsBasedTraining. */
    RIGHTS_BASED_TRAINING,
    /** HTCDS LabourExploitationRehabilitation. */
    LABOUR_EXPLOITATION_REHABILITATION,
    /** HTCDS SexualExploitationRehabilitation. */
    SEXUAL_EXPLOITATION_REHABILITATION
}
