package id.gugus.storage.jdbc;

import id.gugus.spi.StorageBackend;
import id.gugus.storage.tck.StorageTck;

/**
 * The storage TCK against the JDBC back-end, each test on an empty database migrated with the
 * shipped scripts (see {@link TckDatabases}). A subclass names the database and, optionally, the
 * personal-data keys, and declares the contracts, so that reports and {@code -Dtest} filters name
 * the run ({@code TckOnPostgresTest$Access}).
 */
abstract class JdbcTck implements StorageTck {
    /** The database every test of this run uses. */
    abstract TestDatabase.Kind kind();

    /** The keys personal data is sealed with; null to store it in plain columns. */
    PersonalDataKeys keys() {
        return null;
    }

    @Override
    public final StorageBackend newBackend() {
        return TckDatabases.freshBackend(kind(), keys());
    }
}
