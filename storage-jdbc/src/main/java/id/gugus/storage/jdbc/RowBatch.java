package id.gugus.storage.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
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
