package id.gugus.cases;

/**
 * Marital status: the six values of HTCDS 2.0 {@code prs_MaritalStatus}. Indonesia's civil
 * registration (Dukcapil, the {@code status perkawinan} of the family card) knows four statuses,
 * and each maps to one value here ({@link #statusKawin()}): belum kawin to {@link #SINGLE},
 * kawin (registered or not: a religious marriage not yet registered is still a marriage to the
 * victim and to case work) to {@link #MARRIED}, cerai hidup to {@link #DIVORCED}, cerai mati to
 * {@link #WIDOWED}. {@link #SEPARATED} and {@link #REGISTERED_PARTNERSHIP} have no Dukcapil
 * status: the first is what the victim says (Dukcapil records kawin until the divorce decree), the
 * second exists only in some foreign victims' countries.
 */
public enum MaritalStatus {
    /** HTCDS Single; Dukcapil belum kawin. */
    SINGLE("belum kawin"),
    /** HTCDS Married; Dukcapil kawin (kawin tercatat or kawin belum tercatat). */
    MARRIED("kawin"),
    /** HTCDS Widowed; Dukcapil cerai mati. */
    WIDOWED("cerai mati"),
    /** HTCDS Divorced; Dukcapil cerai hidup. */
    DIVORCED("cerai hidup"),
    /** HTCDS Separated: living apart, not divorced; no Dukcapil status (recorded as kawin there). */
    SEPARATED(null),
    /** HTCDS RegisteredPartnership: not an institution of Indonesian law; for foreign victims. */
    REGISTERED_PARTNERSHIP(null);

    private final String statusKawin;

    MaritalStatus(String statusKawin) {
        this.statusKawin = statusKawin;
    }

    /** The Dukcapil status perkawinan this value maps from, in lower case; null where Dukcapil has none. */
    public String statusKawin() {
        return statusKawin;
    }
}
