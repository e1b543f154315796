package id.gugus.storage.jdbc;

import id.gugus.spi.StorageBackend;
import id.gugus.storage.tck.StorageTck;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The whole storage TCK ({@link StorageTck}) against the JDBC back-end, each test on an empty
 * database migrated with the shipped scripts (see {@link TckDatabases}). A subclass names the
 * database and, optionally, the personal-data keys. Reports name the nested classes
 * ({@code StorageTck$Access}), so a failure carries the subclass that ran it.
 */
@ExtendWith(JdbcTck.NamesTheDatabase.class)
abstract class JdbcTck extends StorageTck {
    /** The database every test of this run uses. */
    abstract TestDatabase.Kind kind();

    /** The keys personal data is sealed with; null to store it in plain columns. */
    PersonalDataKeys keys() {
        return null;
    }

    @Override
    protected final StorageBackend newBackend() {
        return TckDatabases.freshBackend(kind(), keys());
    }

    /** Adds the database (the outer test class) to a failure: the nested class names are shared. */
    static final class NamesTheDatabase implements TestExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
            Object outer = context.getRequiredTestInstances().getAllInstances().get(0);
            thrown.addSuppressed(new RanOn(outer.getClass().getSimpleName()));
            throw thrown;
        }
    }

    /** Not an error: the note in a failure's stack trace of which TCK run it came from. */
    static final class RanOn extends Exception {
        RanOn(String testClass) {
            super("in " + testClass, null, false, false);
        }
    }
}
