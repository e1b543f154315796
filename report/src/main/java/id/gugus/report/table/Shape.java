package id.gugus.report.table;

/** How the cells of a {@link CountTable} relate to its totals, which is what disclosure control must protect. */
public enum Shape {
    /** One column; the rows add up to the total: each counted person or case falls in exactly one row. */
    ONE_WAY,
    /** Rows by columns with row totals, column totals and the grand total (margins that add up). */
    TWO_WAY,
    /**
     * One column; a person may fall in several rows (a victim exploited in two ways), so the rows
     * add up to at least the total, and none exceeds it.
     */
    MULTI_VALUED,
    /** Rows of figures that add up to nothing (restitution claimed and granted). */
    LIST
}
