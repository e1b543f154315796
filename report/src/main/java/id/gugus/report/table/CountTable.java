package id.gugus.report.table;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A table of a report: counts of victims or cases by one or two characteristics, or a short
 * list of figures. Rows and columns are named by keys (an enum name, an area code, a country
 * code); renderers turn axis and key into words. Every table whose grand total counts the same
 * thing ({@link #totalOf}, e.g. {@code victims}) shares that total with the others: it is one
 * number, published or suppressed everywhere at once, and disclosure control treats it so.
 *
 * @param id stable name of the table, e.g. {@code victims-by-age-sex}
 * @param rowAxis what the rows are, e.g. {@code AGE_BAND}
 * @param columnAxis what the columns are, e.g. {@code SEX}, or {@code MEASURE} for one column
 * @param totalOf what the grand total counts (tables of one report with the same name share it); null for a list
 * @param rowTotals one per row for a {@link Shape#TWO_WAY} table, else empty
 * @param columnTotals one per column for a {@link Shape#TWO_WAY} table, else empty
 * @param total the grand total; null for a {@link Shape#LIST}
 */
public record CountTable(
        String id,
        Shape shape,
        String rowAxis,
        String columnAxis,
        ImmutableList<String> rowKeys,
        ImmutableList<String> columnKeys,
        ImmutableList<Unit> columnUnits,
        String totalOf,
        ImmutableList<ImmutableList<Cell>> cells,
        ImmutableList<Cell> rowTotals,
        ImmutableList<Cell> columnTotals,
        Cell total) {

    public CountTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(rowAxis, "rowAxis");
        Objects.requireNonNull(columnAxis, "columnAxis");
        rowKeys = ImmutableList.copyOf(rowKeys);
        columnKeys = ImmutableList.copyOf(columnKeys);
        columnUnits = ImmutableList.copyOf(columnUnits);
        cells = cells.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
        rowTotals = ImmutableList.copyOf(rowTotals);
        columnTotals = ImmutableList.copyOf(columnTotals);
        Preconditions.checkArgument(columnUnits.size() == columnKeys.size(), "%s: a unit per column", id);
        Preconditions.checkArgument(cells.size() == rowKeys.size(), "%s: a row of cells per row key", id);
        for (ImmutableList<Cell> row : cells) {
            Preconditions.checkArgument(row.size() == columnKeys.size(), "%s: a cell per column in every row", id);
        }
        boolean twoWay = shape == Shape.TWO_WAY;
        Preconditions.checkArgument(rowTotals.size() == (twoWay ? rowKeys.size() : 0), "%s: row totals", id);
        Preconditions.checkArgument(columnTotals.size() == (twoWay ? columnKeys.size() : 0), "%s: column totals", id);
        Preconditions.checkArgument((shape == Shape.LIST) == (total == null), "%s: a grand total unless a list", id);
        Preconditions.checkArgument((shape == Shape.LIST) == (totalOf == null), "%s: what the total counts", id);
        Preconditions.checkArgument(shape == Shape.LIST || twoWay || columnKeys.size() == 1, "%s: one column", id);
        Preconditions.checkArgument(shape == Shape.LIST || columnUnits.stream().allMatch(u -> u == Unit.COUNT),
                "%s: only a list holds amounts", id);
    }

    /** A one-way table of counts: {@code rows} keys and their counts, adding up to the total. */
    public static CountTable oneWay(String id, String rowAxis, String totalOf, ImmutableList<String> rows,
            ImmutableList<Long> counts) {
        return single(id, Shape.ONE_WAY, rowAxis, totalOf, rows, counts, counts.stream().mapToLong(Long::longValue).sum());
    }

    /** Counts where one person may fall in several rows; {@code total} counts each person once. */
    public static CountTable multiValued(String id, String rowAxis, String totalOf, ImmutableList<String> rows,
            ImmutableList<Long> counts, long total) {
        return single(id, Shape.MULTI_VALUED, rowAxis, totalOf, rows, counts, total);
    }

    private static CountTable single(String id, Shape shape, String rowAxis, String totalOf, ImmutableList<String> rows,
            ImmutableList<Long> counts, long total) {
        Preconditions.checkArgument(rows.size() == counts.size(), "%s: a count per row", id);
        return new CountTable(id, shape, rowAxis, "MEASURE", rows, ImmutableList.of(totalOf), ImmutableList.of(Unit.COUNT),
                totalOf, counts.stream().map(n -> ImmutableList.of(Cell.of(n))).collect(ImmutableList.toImmutableList()),
                ImmutableList.of(), ImmutableList.of(), Cell.of(total));
    }

    /** A two-way table of counts {@code counts[row][column]}, with its margins computed. */
    public static CountTable twoWay(String id, String rowAxis, String columnAxis, String totalOf,
            ImmutableList<String> rows, ImmutableList<String> columns, long[][] counts) {
        Preconditions.checkArgument(counts.length == rows.size(), "%s: a row of counts per row", id);
        ImmutableList<ImmutableList<Cell>> cells = IntStream.range(0, rows.size())
                .mapToObj(r -> IntStream.range(0, columns.size()).mapToObj(c -> Cell.of(counts[r][c]))
                        .collect(ImmutableList.toImmutableList()))
                .collect(ImmutableList.toImmutableList());
        ImmutableList<Cell> rowTotals = IntStream.range(0, rows.size())
                .mapToObj(r -> Cell.of(IntStream.range(0, columns.size()).mapToLong(c -> counts[r][c]).sum()))
                .collect(ImmutableList.toImmutableList());
        ImmutableList<Cell> columnTotals = IntStream.range(0, columns.size())
                .mapToObj(c -> Cell.of(IntStream.range(0, rows.size()).mapToLong(r -> counts[r][c]).sum()))
                .collect(ImmutableList.toImmutableList());
        long total = rowTotals.stream().mapToLong(Cell::published).sum();
        return new CountTable(id, Shape.TWO_WAY, rowAxis, columnAxis, rows, columns,
                columns.stream().map(c -> Unit.COUNT).collect(ImmutableList.toImmutableList()), totalOf, cells,
                rowTotals, columnTotals, Cell.of(total));
    }

    /** A list of figures, {@code values[row][column]}, in the columns' units; no totals. */
    public static CountTable list(String id, String rowAxis, String columnAxis, ImmutableList<String> rows,
            ImmutableList<String> columns, ImmutableList<Unit> units, long[][] values) {
        ImmutableList<ImmutableList<Cell>> cells = IntStream.range(0, rows.size())
                .mapToObj(r -> IntStream.range(0, columns.size()).mapToObj(c -> Cell.of(values[r][c]))
                        .collect(ImmutableList.toImmutableList()))
                .collect(ImmutableList.toImmutableList());
        return new CountTable(id, Shape.LIST, rowAxis, columnAxis, rows, columns, units, null, cells,
                ImmutableList.of(), ImmutableList.of(), null);
    }

    /** The number at a position. */
    public Cell at(Position p) {
        if (p.isGrandTotal()) {
            return Objects.requireNonNull(total, () -> id + " has no total");
        }
        if (p.column() == Position.TOTAL) {
            return rowTotals.get(p.row());
        }
        if (p.row() == Position.TOTAL) {
            return columnTotals.get(p.column());
        }
        return cells.get(p.row()).get(p.column());
    }

    /** Every position that holds a number, in {@link Position} order. */
    public ImmutableList<Position> positions() {
        ImmutableList.Builder<Position> all = ImmutableList.builder();
        for (int r = 0; r < rowKeys.size(); r++) {
            for (int c = 0; c < columnKeys.size(); c++) {
                all.add(Position.cell(r, c));
            }
        }
        for (int r = 0; r < rowTotals.size(); r++) {
            all.add(Position.rowTotal(r));
        }
        for (int c = 0; c < columnTotals.size(); c++) {
            all.add(Position.columnTotal(c));
        }
        if (total != null) {
            all.add(Position.GRAND_TOTAL);
        }
        return all.build();
    }

    /** The same table with every number replaced by {@code change} of its position. */
    public CountTable map(Function<Position, Cell> change) {
        ImmutableList<ImmutableList<Cell>> newCells = IntStream.range(0, rowKeys.size())
                .mapToObj(r -> IntStream.range(0, columnKeys.size()).mapToObj(c -> change.apply(Position.cell(r, c)))
                        .collect(ImmutableList.toImmutableList()))
                .collect(ImmutableList.toImmutableList());
        ImmutableList<Cell> newRowTotals = IntStream.range(0, rowTotals.size())
                .mapToObj(r -> change.apply(Position.rowTotal(r))).collect(ImmutableList.toImmutableList());
        ImmutableList<Cell> newColumnTotals = IntStream.range(0, columnTotals.size())
                .mapToObj(c -> change.apply(Position.columnTotal(c))).collect(ImmutableList.toImmutableList());
        return new CountTable(id, shape, rowAxis, columnAxis, rowKeys, columnKeys, columnUnits, totalOf, newCells,
                newRowTotals, newColumnTotals, total == null ? null : change.apply(Position.GRAND_TOTAL));
    }

    /** Whether a number of this table is suppressed. */
    public boolean hasSuppressed() {
        return positions().stream().anyMatch(p -> at(p).isSuppressed());
    }

    /** The unit of the number at a position (totals are counts). */
    public Unit unitAt(Position p) {
        return p.column() == Position.TOTAL ? Unit.COUNT : columnUnits.get(p.column());
    }
}
