package id.gugus.storage.jdbc;

import java.util.EnumMap;
import java.util.Map;

/**
 * One migrated test database per kind for the whole TCK run, emptied for every test (a new
 * schema per test would spend most of the run in DDL). Dropped when the test JVM exits.
 */
final class TckDatabases {
    private static final Map<TestDatabase.Kind, TestDatabase> OPEN = new EnumMap<>(TestDatabase.Kind.class);

    private TckDatabases() {}

    /** A backend on an empty, migrated database of the kind; skips or fails as {@link TestDatabase#open} does. */
    static JdbcBackend freshBackend(TestDatabase.Kind kind) {
        return freshBackend(kind, null);
    }

    /** {@link #freshBackend(TestDatabase.Kind)} sealing personal data with {@code keys} (null: plain). */
    static synchronized JdbcBackend freshBackend(TestDatabase.Kind kind, PersonalDataKeys keys) {
        TestDatabase db = OPEN.get(kind);
        if (db == null) {
            db = TestDatabase.open(kind);
            OPEN.put(kind, db);
            TestDatabase opened = db;
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "drop TCK database " + kind));
        } else {
            db.truncate();
        }
        return keys == null ? db.backend() : db.backend(keys);
    }
}
