package id.gugus.report.table;

/**
 * Where a number sits in a {@link CountTable}: a cell ({@code row}, {@code column}), a row total
 * (column {@value #TOTAL}), a column total (row {@value #TOTAL}) or the grand total (both).
 */
public record Position(int row, int column) implements Comparable<Position> {
    public static final int TOTAL = -1;
    public static final Position GRAND_TOTAL = new Position(TOTAL, TOTAL);

    public Position {
        if (row < TOTAL || column < TOTAL) {
            throw new IllegalArgumentException("no such position: " + row + ", " + column);
        }
    }

    public static Position cell(int row, int column) {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("a cell has a row and a column: " + row + ", " + column);
        }
        return new Position(row, column);
    }

    public static Position rowTotal(int row) {
        return new Position(row, TOTAL);
    }

    public static Position columnTotal(int column) {
        return new Position(TOTAL, column);
    }

    public boolean isGrandTotal() {
        return row == TOTAL && column == TOTAL;
    }

    public boolean isInterior() {
        return row != TOTAL && column != TOTAL;
    }

    /** Interior cells row by row, then row totals, column totals, the grand total. */
    @Override
    public int compareTo(Position o) {
        int kind = Integer.compare(kind(), o.kind());
        if (kind != 0) {
            return kind;
        }
        int byRow = Integer.compare(row, o.row);
        return byRow != 0 ? byRow : Integer.compare(column, o.column);
    }

    private int kind() {
        return isInterior() ? 0 : column == TOTAL && row != TOTAL ? 1 : row == TOTAL && column != TOTAL ? 2 : 3;
    }

    @Override
    public String toString() {
        return isGrandTotal() ? "total" : column == TOTAL ? "row " + row + " total"
                : row == TOTAL ? "column " + column + " total" : "row " + row + ", column " + column;
    }
}
