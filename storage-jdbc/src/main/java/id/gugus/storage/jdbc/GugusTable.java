package id.gugus.storage.jdbc;

import static org.jooq.impl.DSL.unquotedName;

import java.util.List;
import org.jooq.DataType;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.TableImpl;

/**
 * Base of the hand-kept jOOQ table definitions in {@link Tables}. Names are lower-case and
 * rendered unquoted, so the same query text finds the tables on H2 (which folds unquoted names to
 * upper case), PostgreSQL and MariaDB. {@code SchemaMatchesTablesTest} checks every definition
 * against the shipped migrations on each database: the migrations are the source of truth.
 */
abstract class GugusTable extends TableImpl<Record> {
    GugusTable(String name) {
        super(unquotedName(name));
    }

    final <T> TableField<Record, T> column(String name, DataType<T> type) {
        return createField(unquotedName(name), type);
    }

    /** The primary key columns, in key order. */
    abstract List<TableField<Record, ?>> key();
}
