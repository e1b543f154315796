package id.gugus.report.disclosure;

/**
 * How many numbers of one table disclosure control suppressed, and why: for the producer's
 * records and for measuring, not for publishing (it would tell which cells lie below k). A
 * shared total counts in every table that prints it.
 */
public record TableSuppression(String table, int numbers, int primary, int secondary) {
    public int suppressed() {
        return primary + secondary;
    }
}
