package id.gugus.report.disclosure;

/** Why a count is suppressed, or that it is not. Internal to the producer: never published (see {@link id.gugus.report.table.Cell}). */
public enum Mark {
    PUBLISHED,
    /** Below k. */
    PRIMARY,
    /** At least k, suppressed so that a primary one cannot be worked out from the totals. */
    SECONDARY
}
