package id.gugus.cases;

/** How a victim was recruited (HTCDS 2.0). */
public enum RecruitmentChannel {
    ONLINE_SOCIAL_NETWORK,
    ONLINE_ADVERTISEMENT,
    PERSONAL_CONTACT,
    FAMILY_OR_FRIEND,
    RECRUITMENT_AGENCY,
    INTIMATE_PARTNER,
    ABDUCTION,
    OTHER,
    UNKNOWN
}
