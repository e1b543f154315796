package id.gugus.cases;

/**
 * Who recruited the victim, as the victim's relation to the recruiter: HTCDS 2.0
 * {@code vic_RelationshipToTrafficker} (Familial, Acquainted, Unacquainted) at CTDC's finer detail
 * ({@code recruiterRelationIntimatePartner}, {@code Friend}, {@code Family}, {@code Other}). How
 * the recruitment reached the victim ("through what") is {@link RecruitmentChannel}.
 */
public enum RecruiterRelation {
    /** A family member. HTCDS Familial; CTDC recruiterRelationFamily. */
    FAMILY,
    /** A spouse, fiancé(e) or boy- or girlfriend. HTCDS Familial; CTDC recruiterRelationIntimatePartner. */
    INTIMATE_PARTNER,
    /** A friend. HTCDS Acquainted; CTDC recruiterRelationFriend. */
    FRIEND,
    /** Someone known but not a friend: a neighbour, a village sponsor (<i>sponsor, calo</i>), an employer. HTCDS Acquainted; CTDC recruiterRelationOther. */
    ACQUAINTANCE,
    /** Someone the victim did not know. HTCDS Unacquainted; CTDC recruiterRelationOther. */
    STRANGER;

    /** The HTCDS 2.0 value: Familial, Acquainted or Unacquainted. */
    public String htcds() {
        return switch (this) {
            case FAMILY, INTIMATE_PARTNER -> "Familial";
            case FRIEND, ACQUAINTANCE -> "Acquainted";
            case STRANGER -> "Unacquainted";
        };
    }
}
