package id.gugus.cases;

/**
 * What a victim consented (or, for a child, assented) to. HTCDS 2.0 {@code con_Consent} is consent
 * to the interview, after being told its purpose and what the information will be used for;
 * Gugus keeps consent to processing and to sharing apart, as UU 27/2022 on personal data
 * protection asks. Consent to a referral stays on the referral ({@link Referral#consentGiven()}).
 */
public enum ConsentPurpose {
    /** To be interviewed (HTCDS con_Consent). */
    INTERVIEW,
    /** To the processing of the victim's personal data for case management. */
    DATA_PROCESSING,
    /** To sharing the victim's data with other agencies. */
    DATA_SHARING
}
