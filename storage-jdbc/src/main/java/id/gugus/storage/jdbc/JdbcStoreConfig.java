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
 * @param personalDataKeyRing the keys that encrypt personal data at rest and key the hashes of
 *     victim identities, with older keys that still open rows sealed under them; null (the
 *     default) keeps personal data in plain columns. See {@link #withPersonalDataKeys} and
 *     {@link #withPersonalDataKeyRing}.
 */
public record JdbcStoreConfig(SQLDialect dialect, boolean migrateOnStart, int batchSize, Clock clock,
        PersonalDataKeyRing personalDataKeyRing) {
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

    /** The keys that seal and hash now (the ring's current keys); null without encryption. */
    public PersonalDataKeys personalDataKeys() {
        return personalDataKeyRing == null ? null : personalDataKeyRing.current();
    }

    public JdbcStoreConfig withDialect(SQLDialect dialect) {
        return new JdbcStoreConfig(dialect, migrateOnStart, batchSize, clock, personalDataKeyRing);
    }

    public JdbcStoreConfig withMigrateOnStart(boolean migrate) {
        return new JdbcStoreConfig(dialect, migrate, batchSize, clock, personalDataKeyRing);
    }

    public JdbcStoreConfig withBatchSize(int size) {
        return new JdbcStoreConfig(dialect, migrateOnStart, size, clock, personalDataKeyRing);
    }

    public JdbcStoreConfig withClock(Clock clock) {
        return new JdbcStoreConfig(dialect, migrateOnStart, batchSize, clock, personalDataKeyRing);
    }

    /**
     * Encrypts personal data at rest with {@code keys}, and only them: every personal-data row the
     * backend writes is sealed (AES-GCM) under them, and victims' identity keys are hashed with
     * HMAC-SHA256 under their HMAC key. A keyed backend refuses rows in plain text; a database that
     * holds some (written before keys were set) is sealed once with
     * {@link JdbcBackend#rewritePersonalData}. Later changes of key go through
     * {@link JdbcBackend#rotatePersonalDataKeys}. Null: no encryption.
     */
    public JdbcStoreConfig withPersonalDataKeys(PersonalDataKeys keys) {
        return withPersonalDataKeyRing(keys == null ? null : PersonalDataKeyRing.of(keys));
    }

    /**
     * {@link #withPersonalDataKeys} with older keys as well, which open the rows still sealed
     * under them: how a backend is opened while a rotation is unfinished. Null: no encryption.
     */
    public JdbcStoreConfig withPersonalDataKeyRing(PersonalDataKeyRing ring) {
        return new JdbcStoreConfig(dialect, migrateOnStart, batchSize, clock, ring);
    }
}
