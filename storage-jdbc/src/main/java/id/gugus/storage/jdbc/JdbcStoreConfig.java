package id.gugus.storage.jdbc;

import java.time.Clock;
import java.util.Objects;
import org.jooq.SQLDialect;

/**
 * How a {@link JdbcBackend} talks to its database. Immutable: change a copy with the
 * {@code with…} methods.
 *
 * @param dialect {@link SQLDialect#H2}, {@link SQLDialect#POSTGRES} or {@link SQLDialect#MARIADB}
 * @param migrateOnStart whether creating the backend runs the shipped Flyway migrations; off by
 *     default, so no schema change ever runs at start-up unless the application asks for it
 * @param batchSize rows per JDBC batch in bulk writes (the area import), cases per step of a
 *     personal-data rewrite
 * @param clock the source of the UTC {@code updated_at} time stamps
 * @param personalDataKeys the keys that encrypt personal data at rest and key the hashes of
 *     victim identities; null (the default) keeps personal data in plain columns. See
 *     {@link #withPersonalDataKeys}.
 */
public record JdbcStoreConfig(SQLDialect dialect, boolean migrateOnStart, int batchSize, Clock clock,
        PersonalDataKeys personalDataKeys) {
    public static final int DEFAULT_BATCH_SIZE = 1000;

    public JdbcStoreConfig {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(clock, "clock");
        GugusSchema.location(dialect); // refuses a dialect without shipped scripts
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, was " + batchSize);
        }
    }

    /** A configuration without personal-data keys. */
    public JdbcStoreConfig(SQLDialect dialect, boolean migrateOnStart, int batchSize, Clock clock) {
        this(dialect, migrateOnStart, batchSize, clock, null);
    }

    /** The given dialect, no migration at start, batches of {@value #DEFAULT_BATCH_SIZE}, UTC system clock, no encryption. */
    public static JdbcStoreConfig of(SQLDialect dialect) {
        return new JdbcStoreConfig(dialect, false, DEFAULT_BATCH_SIZE, Clock.systemUTC(), null);
    }

    public JdbcStoreConfig withDialect(SQLDialect dialect) {
        return new JdbcStoreConfig(dialect, migrateOnStart, batchSize, clock, personalDataKeys);
    }

    public JdbcStoreConfig withMigrateOnStart(boolean migrate) {
        return new JdbcStoreConfig(dialect, migrate, batchSize, clock, personalDataKeys);
    }

    public JdbcStoreConfig withBatchSize(int size) {
        return new JdbcStoreConfig(dialect, migrateOnStart, size, clock, personalDataKeys);
    }

    public JdbcStoreConfig withClock(Clock clock) {
        return new JdbcStoreConfig(dialect, migrateOnStart, batchSize, clock, personalDataKeys);
    }

    /**
     * Encrypts personal data at rest with {@code keys}: every personal-data row the backend writes
     * is sealed (AES-GCM) under them, and victims' identity keys are hashed with HMAC-SHA256 under
     * their HMAC key. Rows written earlier in plain text still read. To seal those too (and
     * re-hash their identities, which duplicate and NIK look-ups need), call
     * {@link JdbcBackend#rewritePersonalData} once; later changes of key go through
     * {@link JdbcBackend#rotatePersonalDataKeys}. Null: no encryption.
     */
    public JdbcStoreConfig withPersonalDataKeys(PersonalDataKeys keys) {
        return new JdbcStoreConfig(dialect, migrateOnStart, batchSize, clock, keys);
    }
}
