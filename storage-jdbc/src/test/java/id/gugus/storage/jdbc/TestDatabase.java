package id.gugus.storage.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * A fresh, migrated database for one test class: H2 in memory, or a new schema (PostgreSQL) or
 * database (MariaDB) on the test servers named by {@code GUGUS_PG_URL/USER/PASSWORD} and
 * {@code GUGUS_MARIADB_URL/USER/PASSWORD}, dropped again on {@link #close()}. An unreachable
 * server skips the test with a message naming it, unless {@code GUGUS_REQUIRE_DATABASES=true}
 * (set by .ci/run), which makes it a failure.
 */
final class TestDatabase implements AutoCloseable {
    enum Kind {
        H2(SQLDialect.H2, null, null, null),
        POSTGRES(SQLDialect.POSTGRES, "GUGUS_PG", "jdbc:postgresql://127.0.0.1:5432/test", "postgres"),
        MARIADB(SQLDialect.MARIADB, "GUGUS_MARIADB", "jdbc:mariadb://127.0.0.1:3306/test", "root");

        final SQLDialect dialect;
        private final String envPrefix;
        private final String defaultUrl;
        private final String defaultUser;

        Kind(SQLDialect dialect, String envPrefix, String defaultUrl, String defaultUser) {
            this.dialect = dialect;
            this.envPrefix = envPrefix;
            this.defaultUrl = defaultUrl;
            this.defaultUser = defaultUser;
        }

        String url() {
            return env(envPrefix + "_URL", defaultUrl);
        }

        String user() {
            return env(envPrefix + "_USER", defaultUser);
        }

        String password() {
            return env(envPrefix + "_PASSWORD", "");
        }

        String displayName() {
            return this == MARIADB ? "MariaDB" : this == POSTGRES ? "PostgreSQL" : "H2";
        }
    }

    /** Tables in an order that deletes children before parents (the audit log is truncated instead). */
    private static final List<String> TABLES_CHILDREN_FIRST = List.of("victim_identity", "personal_data", "case_restitution",
            "case_victim_exploitation", "case_victim", "trafficking_case", "plan_activity", "action_plan",
            "meeting_follow_up", "coordination_meeting", "task_force", "agency", "jurisdiction");

    private final Kind kind;
    private final String name;
    private final HikariDataSource dataSource;

    private TestDatabase(Kind kind, String name, HikariDataSource dataSource) {
        this.kind = kind;
        this.name = name;
        this.dataSource = dataSource;
    }

    /** Opens a new database of the kind with the shipped migrations applied, or skips (or fails, in CI). */
    static TestDatabase open(Kind kind) {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String url = switch (kind) {
            case H2 -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            case POSTGRES -> {
                admin(kind, "CREATE SCHEMA " + name);
                yield kind.url() + (kind.url().contains("?") ? "&" : "?") + "currentSchema=" + name;
            }
            case MARIADB -> {
                admin(kind, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin");
                yield withDatabase(kind.url(), name);
            }
        };
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(kind == Kind.H2 ? "sa" : kind.user());
        config.setPassword(kind == Kind.H2 ? "" : kind.password());
        config.setMaximumPoolSize(4);
        config.setPoolName(kind.displayName() + "-" + name);
        if (kind == Kind.POSTGRES) {
            config.addDataSourceProperty("ApplicationName", name); // finds this pool's sessions in pg_stat_activity
        }
        TestDatabase db = new TestDatabase(kind, name, new HikariDataSource(config));
        try {
            GugusSchema.migrate(db.dataSource, kind.dialect);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    Kind kind() {
        return kind;
    }

    SQLDialect dialect() {
        return kind.dialect;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** The schema (PostgreSQL) or database (MariaDB) name of this test database. */
    String name() {
        return name;
    }

    JdbcBackend backend() {
        return JdbcBackend.create(dataSource, kind.dialect);
    }

    JdbcBackend backend(PersonalDataKeys keys) {
        return JdbcBackend.create(dataSource, JdbcStoreConfig.of(kind.dialect).withPersonalDataKeys(keys));
    }

    /**
     * Deletes every row, so that the next test starts from an empty, migrated schema; the audit
     * log starts numbering from 1 again, as in a new database.
     */
    void truncate() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES_CHILDREN_FIRST) {
                s.executeUpdate("DELETE FROM " + table);
            }
            s.executeUpdate(kind == Kind.MARIADB ? "TRUNCATE TABLE audit_entry" : "TRUNCATE TABLE audit_entry RESTART IDENTITY");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty test database " + name, e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
        switch (kind) {
            case H2 -> {}
            case POSTGRES -> admin(kind, "DROP SCHEMA " + name + " CASCADE");
            case MARIADB -> admin(kind, "DROP DATABASE " + name);
        }
    }

    /** Runs one statement on the server's configured database, or skips or fails if it is unreachable. */
    static void admin(Kind kind, String sql) {
        try (Connection c = connect(kind); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(kind.displayName() + " at " + kind.url() + ": " + sql + " failed", e);
        }
    }

    static Connection connect(Kind kind) {
        try {
            return DriverManager.getConnection(kind.url(), kind.user(), kind.password());
        } catch (SQLException e) {
            String message = kind.displayName() + " is not reachable at " + kind.url() + " (user " + kind.user()
                    + "; set " + kind.envPrefix + "_URL/_USER/_PASSWORD): " + e.getMessage();
            if (requireDatabases()) {
                throw new AssertionError(message + " — GUGUS_REQUIRE_DATABASES=true, so this is a failure", e);
            }
            assumeTrue(false, "SKIPPED: " + message);
            throw new AssertionError("unreachable");
        }
    }

    static boolean requireDatabases() {
        return "true".equals(env("GUGUS_REQUIRE_DATABASES", "false").toLowerCase(Locale.ROOT));
    }

    private static String withDatabase(String url, String database) {
        Matcher m = Pattern.compile("^(jdbc:mariadb://[^/?]+)(/[^?]*)?(\\?.*)?$").matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a MariaDB JDBC URL: " + url);
        }
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
