package id.gugus.report.disclosure;

import com.google.common.collect.ImmutableList;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.report.table.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of a report's tables as one system of numbers and the relations a reader knows
 * between them: every row, column and grand total is the sum of its cells, and the grand totals
 * of tables that count the same thing ({@link CountTable#totalOf}) are one number. A shared total
 * is one variable, however many tables print it. Amounts in rupiah are not variables: they
 * follow the counts of their row (see {@link StatisticalDisclosureControl}).
 */
final class CellGraph {
    /** Where a count is printed. */
    record Ref(String table, Position position) {}

    enum Kind {
        /** {@code total = Σ parts}. */
        SUM,
        /** {@code Σ parts ≥ total} and every {@code part ≤ total}: one person may count in several parts. */
        COVER
    }

    record Relation(Kind kind, int total, int[] parts) {}

    /** The value of a number suppressed before disclosure control saw it. */
    static final long UNKNOWN = -1;

    private final List<Long> values = new ArrayList<>();
    private final List<List<Ref>> refs = new ArrayList<>();
    private final Map<Ref, Integer> variableAt = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<List<Integer>> relationsOf = new ArrayList<>();

    CellGraph(List<CountTable> tables) {
        Map<String, Integer> sharedTotals = new HashMap<>();
        for (CountTable table : tables) {
            for (Position p : table.positions()) {
                if (table.unitAt(p) != Unit.COUNT) {
                    continue;
                }
                // A number already suppressed (in a report this one adds up) has no value: UNKNOWN.
                long value = table.at(p).isSuppressed() ? UNKNOWN : table.at(p).published();
                Ref ref = new Ref(table.id(), p);
                if (p.isGrandTotal()) {
                    Integer shared = sharedTotals.get(table.totalOf());
                    if (shared != null) {
                        if (values.get(shared) == UNKNOWN || value == UNKNOWN) {
                            if (values.get(shared) != value) {
                                throw new IllegalArgumentException("tables " + refs.get(shared).get(0).table() + " and "
                                        + table.id() + " disagree on whether the number of " + table.totalOf()
                                        + " is known");
                            }
                        } else if (values.get(shared) != value) {
                            throw new IllegalArgumentException("tables " + refs.get(shared).get(0).table() + " and "
                                    + table.id() + " disagree on the number of " + table.totalOf() + ": "
                                    + values.get(shared) + " and " + value);
                        }
                        refs.get(shared).add(ref);
                        variableAt.put(ref, shared);
                        continue;
                    }
                    sharedTotals.put(table.totalOf(), values.size());
                }
                variableAt.put(ref, values.size());
                values.add(value);
                refs.add(new ArrayList<>(List.of(ref)));
                relationsOf.add(new ArrayList<>());
            }
            relate(table);
        }
    }

    private void relate(CountTable t) {
        int rows = t.rowKeys().size();
        int columns = t.columnKeys().size();
        switch (t.shape()) {
            case ONE_WAY -> add(Kind.SUM, var(t, Position.GRAND_TOTAL), column(t, 0, rows));
            case MULTI_VALUED -> add(Kind.COVER, var(t, Position.GRAND_TOTAL), column(t, 0, rows));
            case TWO_WAY -> {
                int[] rowTotals = new int[rows];
                for (int r = 0; r < rows; r++) {
                    int[] parts = new int[columns];
                    for (int c = 0; c < columns; c++) {
                        parts[c] = var(t, Position.cell(r, c));
                    }
                    rowTotals[r] = var(t, Position.rowTotal(r));
                    add(Kind.SUM, rowTotals[r], parts);
                }
                int[] columnTotals = new int[columns];
                for (int c = 0; c < columns; c++) {
                    columnTotals[c] = var(t, Position.columnTotal(c));
                    add(Kind.SUM, columnTotals[c], column(t, c, rows));
                }
                add(Kind.SUM, var(t, Position.GRAND_TOTAL), rowTotals);
                add(Kind.SUM, var(t, Position.GRAND_TOTAL), columnTotals);
            }
            case LIST -> {
                // Figures that add up to nothing: each stands alone.
            }
        }
    }

    private int[] column(CountTable t, int column, int rows) {
        int[] parts = new int[rows];
        for (int r = 0; r < rows; r++) {
            parts[r] = var(t, Position.cell(r, column));
        }
        return parts;
    }

    private int var(CountTable t, Position p) {
        return variableAt.get(new Ref(t.id(), p));
    }

    private void add(Kind kind, int total, int[] parts) {
        if (parts.length == 0) {
            return;
        }
        int index = relations.size();
        relations.add(new Relation(kind, total, parts.clone()));
        relationsOf.get(total).add(index);
        for (int part : parts) {
            relationsOf.get(part).add(index);
        }
    }

    int size() {
        return values.size();
    }

    long value(int variable) {
        return values.get(variable);
    }

    /** Every place the variable is printed (a shared total: once per table). */
    List<Ref> refs(int variable) {
        return refs.get(variable);
    }

    Integer variableAt(Ref ref) {
        return variableAt.get(ref);
    }

    ImmutableList<Relation> relations() {
        return ImmutableList.copyOf(relations);
    }

    Relation relation(int index) {
        return relations.get(index);
    }

    /** The indexes of the relations the variable takes part in. */
    List<Integer> relationsOf(int variable) {
        return relationsOf.get(variable);
    }

    /** Every variable of a relation, total first. */
    static int[] members(Relation relation) {
        int[] all = new int[relation.parts().length + 1];
        all[0] = relation.total();
        System.arraycopy(relation.parts(), 0, all, 1, relation.parts().length);
        return all;
    }
}
