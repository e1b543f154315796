package id.gugus.storage.jdbc;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema of the JDBC store: versioned Flyway migrations shipped on the classpath under
 * {@code db/gugus/h2}, {@code db/gugus/postgres} and {@code db/gugus/mariadb}, one set per
 * dialect. The store's tests run exactly these scripts.
 *
 * <p>Either call {@link #migrate} (or set {@link JdbcStoreConfig#migrateOnStart()}), or run
 * Flyway yourself with {@link #location(SQLDialect)} and the history table
 * {@value #HISTORY_TABLE}. Gugus keeps its own history table so that it can share a schema with
 * the application's own Flyway migrations.
 */
public final class GugusSchema {
    public static final String HISTORY_TABLE = "gugus_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(GugusSchema.class);

    private GugusSchema() {}

    /** The classpath location of the migrations for the dialect, e.g. {@code classpath:db/gugus/postgres}. */
    public static String location(SQLDialect dialect) {
        Objects.requireNonNull(dialect, "dialect");
        return switch (dialect.family()) {
            case H2 -> "classpath:db/gugus/h2";
            case POSTGRES -> "classpath:db/gugus/postgres";
            case MARIADB -> "classpath:db/gugus/mariadb";
            default -> throw new IllegalArgumentException(
                    "no Gugus schema for " + dialect + ": use H2, POSTGRES or MARIADB");
        };
    }

    /**
     * Brings the schema of {@code dataSource} (its current schema or database) up to date with
     * the shipped migrations, and returns the number applied. A schema that already holds the
     * application's tables but no Gugus history is accepted: Gugus' first migration still runs.
     */
    public static int migrate(DataSource dataSource, SQLDialect dialect) {
        MigrateResult result = flyway(dataSource, dialect).migrate();
        LOG.info("Gugus schema: {} migration(s) applied, now at version {}", result.migrationsExecuted,
                result.targetSchemaVersion);
        return result.migrationsExecuted;
    }

    /** The Flyway configuration {@link #migrate} uses, for callers that want validate or info. */
    public static Flyway flyway(DataSource dataSource, SQLDialect dialect) {
        return Flyway.configure(GugusSchema.class.getClassLoader())
                .dataSource(Objects.requireNonNull(dataSource, "dataSource"))
                .locations(location(dialect))
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
