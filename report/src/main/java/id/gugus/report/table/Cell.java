package id.gugus.report.table;

/**
 * One number of a published table: its value, or nothing when disclosure control suppressed it.
 * A suppressed cell carries no value at all, so that nothing made from the published model (a
 * file, a chart, an exchange file) can hold it. Whether it was suppressed as a small count or to
 * protect one (primary or secondary) is not published either: that would tell a reader that
 * the cell lies below k.
 *
 * @param value null when suppressed
 */
public record Cell(Long value) {
    private static final Cell SUPPRESSED = new Cell(null);

    public Cell {
        if (value != null && value < 0) {
            throw new IllegalArgumentException("a count or amount cannot be negative: " + value);
        }
    }

    public static Cell of(long value) {
        return new Cell(value);
    }

    public static Cell suppressed() {
        return SUPPRESSED;
    }

    public boolean isSuppressed() {
        return value == null;
    }

    /** The value of a published cell. */
    public long published() {
        if (value == null) {
            throw new IllegalStateException("the cell is suppressed");
        }
        return value;
    }
}
