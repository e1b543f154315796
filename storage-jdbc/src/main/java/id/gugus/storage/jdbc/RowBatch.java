package id.gugus.storage.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Rows of one table, written as multi-row INSERTs: one statement per {@value #MAX_BIND_VALUES}
 * bind values at most, far below what every driver accepts (PostgreSQL's limit is 65,535), so a
 * case with thousands of suspects, or a whole page of re-encrypted cases, still goes in a few
 * statements.
 */
final class RowBatch {
    static final int MAX_BIND_VALUES = 10_000;

    private final Table<Record> table;
    private final List<Field<?>> columns;
    private final List<List<Object>> values = new ArrayList<>();

    RowBatch(Table<Record> table, Field<?>... columns) {
        this.table = table;
        this.columns = List.of(columns);
    }

    void add(Object... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException(row.length + " values for " + columns.size() + " columns of " + table.getName());
        }
        values.add(Arrays.asList(row));
    }

    int size() {
        return values.size();
    }

    /** Whether the other batch holds the same rows, in the same order. */
    boolean sameRows(RowBatch other) {
        return table.equals(other.table) && columns.equals(other.columns) && values.equals(other.values);
    }

    /** The DELETE of this table's rows whose first column (the owner's id: a child table's case id) is {@code ownerId}. */
    @SuppressWarnings("unchecked")
    Query deleteOwnedBy(DSLContext dsl, String ownerId) {
        return dsl.deleteFrom(table).where(((Field<String>) columns.get(0)).eq(ownerId));
    }

    void insert(DSLContext dsl) {
        int rowsPerStatement = Math.max(1, MAX_BIND_VALUES / columns.size());
        for (int from = 0; from < values.size(); from += rowsPerStatement) {
            List<List<Object>> chunk = values.subList(from, Math.min(values.size(), from + rowsPerStatement));
            InsertValuesStepN<Record> insert = dsl.insertInto(table, columns).values(chunk.get(0));
            for (List<Object> row : chunk.subList(1, chunk.size())) {
                insert = insert.values(row);
            }
            insert.execute();
        }
    }
}
