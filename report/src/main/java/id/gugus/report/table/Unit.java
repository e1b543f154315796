package id.gugus.report.table;

/** What a column counts. */
public enum Unit {
    /** A number of people or cases: disclosure control applies. */
    COUNT,
    /** Whole rupiah; published only where the counts of its row are. */
    RUPIAH
}
