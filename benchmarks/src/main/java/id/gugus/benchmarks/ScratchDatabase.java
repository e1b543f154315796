package id.gugus.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * A new, empty database for one side of one run, under a random name so that parallel runs and
 * the test suites never meet: an H2 file in the work folder, a schema on PostgreSQL, a database
 * on MariaDB. {@link #close()} drops it. The servers are found as the store's tests find them
 * ({@code GUGUS_PG_URL/_USER/_PASSWORD}, {@code GUGUS_MARIADB_URL/_USER/_PASSWORD}, else
 * 127.0.0.1 with user postgres or root and no password).
 *
 * <p>Both sides of a run get the same pool settings and the same driver options, so a ratio
 * compares code, not configuration: PostgreSQL with {@code reWriteBatchedInserts=true} (a JDBC
 * batch of INSERTs becomes multi-row INSERTs), MariaDB with the driver's defaults (bulk INSERT
 * batches on), H2 as is.
 */
final class ScratchDatabase implements AutoCloseable {
    /** The servers a run can use, with the environment variables and defaults of the store's tests. */
    enum Server {
        H2(SQLDialect.H2, null, null, null, "H2 (file)"),
        POSTGRES(SQLDialect.POSTGRES, "GUGUS_PG", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "PostgreSQL"),
        MARIADB(SQLDialect.MARIADB, "GUGUS_MARIADB", "jdbc:mariadb://127.0.0.1:3306/test", "root", "MariaDB");

        final SQLDialect dialect;
        private final String envPrefix;
        private final String defaultUrl;
        private final String defaultUser;
        final String displayName;

        Server(SQLDialect dialect, String envPrefix, String defaultUrl, String defaultUser, String displayName) {
            this.dialect = dialect;
            this.envPrefix = envPrefix;
            this.defaultUrl = defaultUrl;
            this.defaultUser = defaultUser;
            this.displayName = displayName;
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

        /** Null if the server answers, else why not (the URL and user, never the password). */
        String unreachable() {
            if (this == H2) {
                return null;
            }
            try (Connection c = DriverManager.getConnection(url(), user(), password())) {
                return null;
            } catch (SQLException e) {
                return displayName + " is not reachable at " + url() + " (user " + user() + "; set " + envPrefix
                        + "_URL/_USER/_PASSWORD): " + e.getMessage();
            }
        }
    }

    private final Server server;
    private final String name;
    private final Path h2Folder;
    private final HikariDataSource pool;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Drops the database if the run is stopped (Ctrl-C, a kill) before {@link #close()}: nothing is left on the server. */
    private final Thread dropOnExit = new Thread(this::drop, "drop benchmark database");

    private ScratchDatabase(Server server, String name, Path h2Folder, HikariDataSource pool) {
        this.server = server;
        this.name = name;
        this.h2Folder = h2Folder;
        this.pool = pool;
        Runtime.getRuntime().addShutdownHook(dropOnExit);
    }

    /** Creates the database ({@code side} names it: {@code gugus} or {@code raw}) and opens a pool on it. */
    static ScratchDatabase create(Server server, String side, Path workDir) {
        String name = "bench_" + side + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path h2Folder = null;
        String url;
        switch (server) {
            case H2 -> {
                h2Folder = workDir.resolve(name);
                try {
                    Files.createDirectories(h2Folder);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create " + h2Folder, e);
                }
                url = "jdbc:h2:file:" + h2Folder.toAbsolutePath().resolve("bench");
            }
            case POSTGRES -> {
                admin(server, "CREATE SCHEMA " + name);
                url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + name
                        + "&reWriteBatchedInserts=true";
            }
            case MARIADB -> {
                admin(server, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin");
                url = withDatabase(server.url(), name);
            }
            default -> throw new IllegalArgumentException("no scratch database on " + server);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(server == Server.H2 ? "sa" : server.user());
        config.setPassword(server == Server.H2 ? "" : server.password());
        config.setMaximumPoolSize(4);
        config.setPoolName(name);
        return new ScratchDatabase(server, name, h2Folder, new HikariDataSource(config));
    }

    Server server() {
        return server;
    }

    SQLDialect dialect() {
        return server.dialect;
    }

    DataSource dataSource() {
        return pool;
    }

    /**
     * Refreshes the planner's statistics of every table, as a DBA does after a bulk load and as
     * PostgreSQL's autovacuum and MariaDB's persistent statistics do on their own some time later.
     * Without it the first reads after loading a million cases are planned on the statistics of an
     * almost empty table: PostgreSQL then joined a page's 51 cases to their personal data by
     * reading all 2.9 million personal-data rows (a hash join) instead of 51 look-ups.
     */
    void refreshStatistics() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            switch (server) {
                case H2, POSTGRES -> s.execute("ANALYZE");
                case MARIADB -> {
                    List<String> tables = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                            + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                        while (rs.next()) {
                            tables.add("`" + rs.getString(1) + "`");
                        }
                    }
                    if (!tables.isEmpty()) {
                        try (ResultSet ignored = s.executeQuery("ANALYZE TABLE " + String.join(", ", tables))) {
                            // MariaDB answers with a status row per table
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(this + ": refreshing the statistics failed", e);
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(dropOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) drop itself
        }
        drop();
    }

    private void drop() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        pool.close();
        switch (server) {
            case H2 -> deleteFolder(h2Folder);
            case POSTGRES -> admin(server, "DROP SCHEMA " + name + " CASCADE");
            case MARIADB -> admin(server, "DROP DATABASE " + name);
        }
    }

    private static void admin(Server server, String sql) {
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(server.displayName + " at " + server.url() + ": " + sql + " failed", e);
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark's H2 files in " + folder, e);
        }
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
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    @Override
    public String toString() {
        return server.displayName.toLowerCase(Locale.ROOT) + " " + name;
    }
}
