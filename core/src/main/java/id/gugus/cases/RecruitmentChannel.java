package id.gugus.cases;

/**
 * How a victim was recruited: Gugus's own value set, not HTCDS 2.0's. It mixes who recruited
 * ({@code FAMILY_OR_FRIEND}, {@code INTIMATE_PARTNER}, {@code PERSONAL_CONTACT}: CTDC's
 * {@code recruiterRelation*}) with through what ({@code ONLINE_SOCIAL_NETWORK},
 * {@code ONLINE_ADVERTISEMENT}: HTCDS {@code vic_MethodOfRecruitment}) and how
 * ({@code RECRUITMENT_AGENCY}, {@code ABDUCTION}). Who recruited is now recorded apart, several
 * at once, in {@link Victim#recruiterRelations()} ({@link RecruiterRelation}); the relation values
 * here stay so that stored records read. HTCDS's places (business, school, work) and television
 * or newspaper adverts have no value yet; docs/htcds-mapping.md maps each value.
 */
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
