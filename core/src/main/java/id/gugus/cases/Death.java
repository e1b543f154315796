package id.gugus.cases;

import java.time.LocalDate;

/**
 * That a victim is known to be no longer alive (HTCDS 2.0 {@code prs_Deceased}), with the date if
 * known. Victims of the scam compounds and of labour exploitation abroad die there; the case and
 * the restitution go on for the family, so the victim stays in the case. The date is not in the
 * future nor before the birth or the trafficking ({@code CASE-DATE-FUTURE}, {@code CASE-DATE-ORDER}).
 *
 * @param on the date of death; null if not known
 */
public record Death(LocalDate on) {
    /** Deceased, the date not known. */
    public static final Death DATE_UNKNOWN = new Death(null);
}
