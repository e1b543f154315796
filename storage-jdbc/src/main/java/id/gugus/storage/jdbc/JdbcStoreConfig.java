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
 * @param batchSize rows per JDBC batch in bulk writes (the area import)
 * @param clock the source of the UTC {@code updated_at} time stamps
 */
public record JdbcStoreConfig(SQLDialect dialect, boolean migrateOnStart, int batchSize, Clock clock) {
    public static final int DEFAULT_BATCH_SIZE = 1000;

    public JdbcStoreConfig {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(clock, "clock");
        GugusSchema.location(dialect); // refuses a dialect without shipped scripts
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, was " + batchSize);
        }
    }

    /** The given dialect, no migration at start, batches of {@value #DEFAULT_BATCH_SIZE}, UTC system clock. */
    public static JdbcStoreConfig of(SQLDialect dialect) {
        return new JdbcStoreConfig(dialect, false, DEFAULT_BATCH_SIZE, Clock.systemUTC());
    }

    public JdbcStoreConfig withDialect(SQLDialect dialect) {
        return new JdbcStoreConfig(dialect, migrateOnStart, batchSize, clock);
    }

    public JdbcStoreConfig withMigrateOnStart(boolean migrate) {
        return new JdbcStoreConfig(dialect, migrate, batchSize, clock);
    }

    public JdbcStoreConfig withBatchSize(int size) {
        return new JdbcStoreConfig(dialect, migrateOnStart, size, clock);
    }

    public JdbcStoreConfig withClock(Clock clock) {
        return new JdbcStoreConfig(dialect, migrateOnStart, batchSize, clock);
    }
}
