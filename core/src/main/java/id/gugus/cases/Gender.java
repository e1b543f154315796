package id.gugus.cases;

/**
 * Gender as the person states it: the six values of HTCDS 2.0 {@code prs_Gender}. Optional, and
 * recorded beside {@link Sex}, the sex of civil registration, never instead of it; a person may
 * decline to say ({@code NOT_SPECIFIED}). Statistics by sex keep counting {@link Sex}.
 */
public enum Gender {
    /** HTCDS Feminine. */
    FEMININE,
    /** HTCDS Masculine. */
    MASCULINE,
    /** HTCDS TransgenderFeminine. */
    TRANSGENDER_FEMININE,
    /** HTCDS TransgenderMasculine. */
    TRANSGENDER_MASCULINE,
    /** HTCDS NonConforming. */
    NON_CONFORMING,
    /** HTCDS NonSpecifiedUnknown. */
    NOT_SPECIFIED
}
