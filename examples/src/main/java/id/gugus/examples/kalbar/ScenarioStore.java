package id.gugus.examples.kalbar;

import id.gugus.storage.jdbc.GugusSchema;
import id.gugus.storage.jdbc.JdbcBackend;
import id.gugus.storage.memory.InMemoryStore;
import id.gugus.store.GugusStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.jooq.SQLDialect;

/**
 * The store the scenario runs on, chosen by the options, and what to close afterwards. The
 * scenario itself sees only a {@link GugusStore}: the same code runs on every back-end.
 *
 * @param description what was opened, for the screen (never a password)
 */
record ScenarioStore(GugusStore store, String description, JdbcBackend jdbc) implements AutoCloseable {

    static ScenarioStore open(ScenarioOptions options, Clock clock) {
        return switch (options.storage()) {
            case MEMORY -> new ScenarioStore(InMemoryStore.create(clock), "in-memory store (gone when the program ends)", null);
            case H2_FILE -> h2File(options.dataDir(), clock);
            case JDBC_URL -> jdbcUrl(options, clock);
        };
    }

    /** The embedded default: {@code DIR/gugus.mv.db}, migrated with the shipped scripts. */
    private static ScenarioStore h2File(Path dir, Clock clock) {
        Path directory = dir.toAbsolutePath().normalize();
        Path file = directory.resolve("gugus.mv.db");
        boolean existed = Files.exists(file);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory, e);
        }
        JdbcBackend backend;
        try {
            backend = JdbcBackend.h2File(directory);
        } catch (FlywayValidateException e) {
            // A file from a build whose shipped migrations differ: say what to do, not only Flyway's words.
            throw new IllegalStateException(file + " was written with another version of the Gugus schema; "
                    + "move it away or choose another --data-dir (" + e.getMessage() + ")", e);
        }
        String what = "embedded H2 database " + file + (existed ? " (existing file)" : " (new file)");
        return new ScenarioStore(GugusStore.on(backend, clock), what, backend);
    }

    /** Any supported database by URL; its schema is brought up to date with the shipped migrations. */
    private static ScenarioStore jdbcUrl(ScenarioOptions options, Clock clock) {
        SQLDialect dialect = dialectOf(options.jdbcUrl());
        UrlDataSource dataSource = new UrlDataSource(options.jdbcUrl(), options.user(), options.password());
        int applied = GugusSchema.migrate(dataSource, dialect);
        JdbcBackend backend = JdbcBackend.create(dataSource, dialect);
        String what = displayName(dialect) + " database " + withoutParameters(options.jdbcUrl())
                + (applied == 0 ? " (schema up to date)" : " (schema created: " + applied + " migration(s))");
        return new ScenarioStore(GugusStore.on(backend, clock), what, backend);
    }

    /** The dialects Gugus ships a schema for, told from the URL. */
    static SQLDialect dialectOf(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return SQLDialect.MARIADB;
        }
        throw new IllegalArgumentException("Gugus runs on H2, PostgreSQL and MariaDB: use a jdbc:h2:, "
                + "jdbc:postgresql: or jdbc:mariadb: URL, not " + withoutParameters(url));
    }

    private static String displayName(SQLDialect dialect) {
        return switch (dialect.family()) {
            case POSTGRES -> "PostgreSQL";
            case MARIADB -> "MariaDB";
            default -> dialect.getName();
        };
    }

    /** URL parameters may carry a password: the screen gets the URL without them. */
    static String withoutParameters(String url) {
        int cut = url.indexOf('?');
        return cut < 0 ? url : url.substring(0, cut) + "?…";
    }

    @Override
    public void close() {
        if (jdbc != null) {
            jdbc.close();
        }
    }
}
