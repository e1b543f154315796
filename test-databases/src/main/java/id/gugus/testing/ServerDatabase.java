package id.gugus.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.gugus.storage.jdbc.GugusSchema;
import id.gugus.storage.jdbc.JdbcBackend;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty schema (PostgreSQL) or database (MariaDB), randomly named, on the test server named
 * by {@code GUGUS_PG_URL/_USER/_PASSWORD} or {@code GUGUS_MARIADB_URL/_USER/_PASSWORD} (defaults:
 * 127.0.0.1, users postgres and root, empty password), dropped again on {@link #close()}. An
 * unreachable server skips the test with a message naming it, unless
 * {@code GUGUS_REQUIRE_DATABASES=true} (set by .ci/run), which makes it a failure: in CI the
 * database tests must run.
 *
 * <pre>{@code
 * try (ServerDatabase db = ServerDatabase.create(ServerDatabase.Kind.POSTGRES)) {
 *     GugusStore store = GugusStore.on(db.backend());       // migrated on first use
 *     ...                                                  // or db.url(), db.user(), db.password()
 * }
 * }</pre>
 */
public final class ServerDatabase implements AutoCloseable {
    /** The servers the tests run on. */
    public enum Kind {
        POSTGRES("PostgreSQL", "GUGUS_PG", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", SQLDialect.POSTGRES),
        MARIADB("MariaDB", "GUGUS_MARIADB", "jdbc:mariadb://127.0.0.1:3306/test", "root", SQLDialect.MARIADB);

        private final String displayName;
        private final String envPrefix;
        private final String defaultUrl;
        private final String defaultUser;
        private final SQLDialect dialect;

        Kind(String displayName, String envPrefix, String defaultUrl, String defaultUser, SQLDialect dialect) {
            this.displayName = displayName;
            this.envPrefix = envPrefix;
            this.defaultUrl = defaultUrl;
            this.defaultUser = defaultUser;
            this.dialect = dialect;
        }

        public String displayName() {
            return displayName;
        }

        public SQLDialect dialect() {
            return dialect;
        }

        String serverUrl() {
            return env(envPrefix + "_URL", defaultUrl);
        }

        String user() {
            return env(envPrefix + "_USER", defaultUser);
        }

        String password() {
            return env(envPrefix + "_PASSWORD", "");
        }
    }

    private final Kind kind;
    private final String name;
    private final String url;
    private JdbcBackend backend;

    private ServerDatabase(Kind kind, String name, String url) {
        this.kind = kind;
        this.name = name;
        this.url = url;
    }

    /**
     * Creates the schema or database, or skips the test (fails it under
     * {@code GUGUS_REQUIRE_DATABASES=true}) if the server is away.
     */
    public static ServerDatabase create(Kind kind) {
        // Random names: several builds may share one server at the same time.
        String name = "gt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String server = kind.serverUrl();
        String url = switch (kind) {
            case POSTGRES -> {
                admin(kind, "CREATE SCHEMA " + name);
                yield server + (server.contains("?") ? "&" : "?") + "currentSchema=" + name;
            }
            case MARIADB -> {
                admin(kind, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin");
                int query = server.indexOf('?');
                String base = query < 0 ? server : server.substring(0, query);
                yield base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : server.substring(query));
            }
        };
        return new ServerDatabase(kind, name, url);
    }

    public Kind kind() {
        return kind;
    }

    /** The JDBC URL of the fresh schema or database. */
    public String url() {
        return url;
    }

    public String user() {
        return kind.user();
    }

    public String password() {
        return kind.password();
    }

    /** A new data source on the fresh schema or database (not pooled). */
    public DataSource dataSource() {
        try {
            if (kind == Kind.POSTGRES) {
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setURL(url);
                pg.setUser(user());
                pg.setPassword(password());
                return pg;
            }
            MariaDbDataSource maria = new MariaDbDataSource(url);
            maria.setUser(user());
            maria.setPassword(password());
            return maria;
        } catch (SQLException e) {
            throw new IllegalStateException(kind.displayName + ": cannot set up the data source", e);
        }
    }

    /** The JDBC back-end on the schema, migrated to the shipped schema on first call; closed by {@link #close()}. */
    public synchronized JdbcBackend backend() {
        if (backend == null) {
            DataSource ds = dataSource();
            GugusSchema.migrate(ds, kind.dialect);
            backend = JdbcBackend.create(ds, kind.dialect);
        }
        return backend;
    }

    @Override
    public synchronized void close() {
        if (backend != null) {
            backend.close();
        }
        admin(kind, kind == Kind.POSTGRES ? "DROP SCHEMA " + name + " CASCADE" : "DROP DATABASE " + name);
    }

    private static void admin(Kind kind, String sql) {
        try (Connection c = connect(kind); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(kind.displayName + ": " + sql + " failed", e);
        }
    }

    private static Connection connect(Kind kind) {
        try {
            return DriverManager.getConnection(kind.serverUrl(), kind.user(), kind.password());
        } catch (SQLException e) {
            String message = kind.displayName + " is not reachable at " + kind.serverUrl() + " (user " + kind.user()
                    + "; set " + kind.envPrefix + "_URL/_USER/_PASSWORD): " + e.getMessage();
            if ("true".equals(env("GUGUS_REQUIRE_DATABASES", "false").toLowerCase(Locale.ROOT))) {
                throw new AssertionError(message + " (GUGUS_REQUIRE_DATABASES=true, so this is a failure)", e);
            }
            assumeTrue(false, "SKIPPED: " + message);
            throw new AssertionError("unreachable");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
