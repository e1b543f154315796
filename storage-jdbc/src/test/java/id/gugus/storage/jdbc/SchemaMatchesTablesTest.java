package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.Field;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The hand-kept jOOQ tables ({@link Tables}) against what the shipped migrations create on each
 * database, read back through JDBC metadata: same tables, same columns, compatible types and
 * lengths, same nullability, same identity (auto-increment) columns, same primary keys. The migrations are the source of truth; this
 * test keeps the Java side honest.
 */
class SchemaMatchesTablesTest {
    abstract static class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        @Test
        void everyTableOfTheMigrationsIsDeclaredAndNoOther() throws SQLException {
            Set<String> declared = new TreeSet<>();
            Tables.ALL.forEach(t -> declared.add(t.getName()));
            declared.add(GugusSchema.HISTORY_TABLE);
            try (Connection c = database.dataSource().getConnection()) {
                Set<String> actual = new TreeSet<>();
                try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                    while (rs.next()) {
                        actual.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                assertThat(actual).isEqualTo(declared);
            }
        }

        @Test
        void everyDeclaredColumnMatchesTheDatabase() throws SQLException {
            try (Connection c = database.dataSource().getConnection()) {
                for (GugusTable table : Tables.ALL) {
                    Map<String, Column> actual = columns(c, table.getName());
                    Map<String, String> expected = new LinkedHashMap<>();
                    Map<String, String> found = new LinkedHashMap<>();
                    for (Field<?> field : table.fields()) {
                        expected.put(field.getName(), describe(field, database.kind()));
                        Column column = actual.get(field.getName());
                        found.put(field.getName(), column == null ? "missing" : column.describe(field));
                    }
                    assertThat(found).as("columns of %s on %s", table.getName(), database.kind()).isEqualTo(expected);
                    assertThat(actual.keySet()).as("undeclared columns of %s", table.getName())
                            .isSubsetOf(expected.keySet());
                    assertThat(primaryKey(c, table.getName())).as("primary key of %s", table.getName())
                            .containsExactlyElementsOf(table.key().stream().map(Field::getName).toList());
                }
            }
        }

        private static String describe(Field<?> field, TestDatabase.Kind kind) {
            var type = field.getDataType();
            // H2 counts UTF-16 units: its free-text columns are twice as long (see the H2 migration).
            Integer freeText = Tables.FREE_TEXT.get(field);
            int declared = freeText != null ? freeText : type.hasLength() ? type.length() : 0;
            int factor = kind == TestDatabase.Kind.H2 && freeText != null ? 2 : 1;
            String length = declared > 0 ? "(" + factor * declared + ")" : "";
            return category(field) + length + (type.nullable() ? " null" : " not null") + (type.identity() ? " identity" : "");
        }

        private static String category(Field<?> field) {
            Class<?> type = field.getType();
            if (type == String.class) {
                return field.getDataType().isLob() ? "text" : "chars";
            }
            if (type == Long.class) {
                return "bigint";
            }
            if (type == Integer.class) {
                return "integer";
            }
            if (type == Boolean.class) {
                return "boolean";
            }
            if (type == LocalDate.class) {
                return "date";
            }
            if (type == LocalDateTime.class) {
                return "timestamp";
            }
            throw new AssertionError("no category for " + type);
        }

        private record Column(int sqlType, String typeName, int size, boolean nullable, boolean autoIncrement) {
            /** How the database column reads in the terms of {@link #describe}. */
            String describe(Field<?> declared) {
                String category = switch (sqlType) {
                    case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR ->
                            size >= 1_000_000 || typeName.equalsIgnoreCase("text") ? "text" : "chars";
                    case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> "text";
                    case Types.BIGINT -> "bigint";
                    case Types.INTEGER -> "integer";
                    case Types.BOOLEAN, Types.BIT, Types.TINYINT -> "boolean";
                    case Types.DATE -> "date";
                    case Types.TIMESTAMP -> "timestamp";
                    default -> "sql type " + sqlType + " " + typeName;
                };
                var type = declared.getDataType();
                boolean sized = Tables.FREE_TEXT.containsKey(declared) || type.hasLength() && type.length() > 0;
                String length = category.equals("chars") && sized ? "(" + size + ")" : "";
                return category + length + (nullable ? " null" : " not null") + (autoIncrement ? " identity" : "");
            }
        }

        private Map<String, Column> columns(Connection c, String table) throws SQLException {
            Map<String, Column> columns = new TreeMap<>();
            DatabaseMetaData meta = c.getMetaData();
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), name, "%")) {
                    while (rs.next()) {
                        columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), new Column(rs.getInt("DATA_TYPE"),
                                rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"),
                                rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                                "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
                    }
                }
            }
            return columns;
        }

        private List<String> primaryKey(Connection c, String table) throws SQLException {
            Map<Short, String> key = new TreeMap<>();
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = c.getMetaData().getPrimaryKeys(c.getCatalog(), c.getSchema(), name)) {
                    while (rs.next()) {
                        key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            return new ArrayList<>(key.values());
        }
    }

    @Nested
    class OnH2 extends Contract {
        OnH2() {
            super(TestDatabase.Kind.H2);
        }
    }

    @Nested
    class OnPostgres extends Contract {
        OnPostgres() {
            super(TestDatabase.Kind.POSTGRES);
        }
    }

    @Nested
    class OnMariaDb extends Contract {
        OnMariaDb() {
            super(TestDatabase.Kind.MARIADB);
        }
    }
}
