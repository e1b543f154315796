package id.gugus.storage.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the storage-jdbc tests that run on each database: one fresh, migrated database per test
 * class (see {@link TestDatabase}), empty at the start of each test. A test class declares one
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

    /**
     * Opens the class's database on its first test and empties it for every later one. Opened
     * here rather than in {@code @BeforeAll} so that an unreachable server marks each test as
     * skipped, with the message, in the test report.
     */
    @BeforeEach
    void openOrEmptyDatabase() {
        if (database == null) {
            database = TestDatabase.open(kind);
            backend = database.backend();
        } else {
            database.truncate();
        }
    }

    @AfterAll
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
