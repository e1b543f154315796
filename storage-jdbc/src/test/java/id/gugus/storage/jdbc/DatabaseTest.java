package id.gugus.storage.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the storage-jdbc tests that run on each database: one fresh, migrated database per test
 * class (see {@link TestDatabase}), emptied before each test. A test class declares one
 * {@code @Nested} subclass per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseTest {
    private final TestDatabase.Kind kind;
    protected TestDatabase database;
    protected JdbcBackend backend;

    protected DatabaseTest(TestDatabase.Kind kind) {
        this.kind = kind;
    }

    @BeforeAll
    void openDatabase() {
        database = TestDatabase.open(kind);
        backend = database.backend();
    }

    @BeforeEach
    void emptyDatabase() {
        database.truncate();
    }

    @AfterAll
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
