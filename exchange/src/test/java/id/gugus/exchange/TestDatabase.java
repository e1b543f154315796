package id.gugus.exchange;

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
 * A fresh, migrated schema (PostgreSQL) or database (MariaDB), randomly named, on the server named by
 * {@code GUGUS_PG_URL/_USER/_PASSWORD} or {@code GUGUS_MARIADB_URL/_USER/_PASSWORD}, dropped on
 * {@link #close()}. An unreachable server skips the test with a message, unless
 * {@code GUGUS_REQUIRE_DATABASES=true} (set by .ci/run), which makes it a failure.
 */
final class TestDatabase implements AutoCloseable {
    enum Kind {
        POSTGRES("PostgreSQL", "GUGUS_PG", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", SQLDialect.POSTGRES),
        MARIADB("MariaDB", "GUGUS_MARIADB", "jdbc:mariadb://127.0.0.1:3306/test", "root", SQLDialect.MARIADB);

        final String displayName;
        final String envPrefix;
        final String defaultUrl;
        final String defaultUser;
        final SQLDialect dialect;

        Kind(String displayName, String envPrefix, String defaultUrl, String defaultUser, SQLDialect dialect) {
            this.displayName = displayName;
            this.envPrefix = envPrefix;
            this.defaultUrl = defaultUrl;
            this.defaultUser = defaultUser;
            this.dialect = dialect;
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
    }

    private final Kind kind;
    private final String name;
    private final JdbcBackend backend;

    private TestDatabase(Kind kind, String name, JdbcBackend backend) {
        this.kind = kind;
        this.name = name;
        this.backend = backend;
    }

    static TestDatabase open(Kind kind) {
        String name = "ex_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        DataSource ds;
        try {
            if (kind == Kind.POSTGRES) {
                admin(kind, "CREATE SCHEMA " + name);
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setURL(kind.url() + (kind.url().contains("?") ? "&" : "?") + "currentSchema=" + name);
                pg.setUser(kind.user());
                pg.setPassword(kind.password());
                ds = pg;
            } else {
                admin(kind, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin");
                String server = kind.url();
                int query = server.indexOf('?');
                String base = query < 0 ? server : server.substring(0, query);
                MariaDbDataSource maria = new MariaDbDataSource(base.substring(0, base.lastIndexOf('/') + 1) + name
                        + (query < 0 ? "" : server.substring(query)));
                maria.setUser(kind.user());
                maria.setPassword(kind.password());
                ds = maria;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(kind.displayName + ": cannot set up the data source", e);
        }
        GugusSchema.migrate(ds, kind.dialect);
        return new TestDatabase(kind, name, JdbcBackend.create(ds, kind.dialect));
    }

    JdbcBackend backend() {
        return backend;
    }

    @Override
    public void close() {
        backend.close();
        admin(kind, kind == Kind.POSTGRES ? "DROP SCHEMA " + name + " CASCADE" : "DROP DATABASE " + name);
    }

    private static void admin(Kind kind, String sql) {
        Connection c;
        try {
            c = DriverManager.getConnection(kind.url(), kind.user(), kind.password());
        } catch (SQLException e) {
            String message = kind.displayName + " is not reachable at " + kind.url() + " (user " + kind.user() + "; set "
                    + kind.envPrefix + "_URL/_USER/_PASSWORD): " + e.getMessage();
            if ("true".equals(env("GUGUS_REQUIRE_DATABASES", "false").toLowerCase(Locale.ROOT))) {
                throw new AssertionError(message + " (GUGUS_REQUIRE_DATABASES=true, so this is a failure)", e);
            }
            assumeTrue(false, "SKIPPED: " + message);
            throw new AssertionError("unreachable");
        }
        try (c; Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(kind.displayName + ": " + sql + " failed", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
