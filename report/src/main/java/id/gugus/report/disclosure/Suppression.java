package id.gugus.report.disclosure;

import com.google.common.collect.ImmutableList;
import id.gugus.report.table.CountTable;

/**
 * The outcome of disclosure control: the tables as they may be published (suppressed numbers
 * carry no value), and how many numbers of each were suppressed as primary or secondary.
 */
public record Suppression(ImmutableList<CountTable> tables, ImmutableList<TableSuppression> perTable) {
    public Suppression {
        tables = ImmutableList.copyOf(tables);
        perTable = ImmutableList.copyOf(perTable);
    }

    public int primary() {
        return perTable.stream().mapToInt(TableSuppression::primary).sum();
    }

    public int secondary() {
        return perTable.stream().mapToInt(TableSuppression::secondary).sum();
    }
}
