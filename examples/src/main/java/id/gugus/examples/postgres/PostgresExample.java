package id.gugus.examples.postgres;

import id.gugus.cases.CaseNumber;
import id.gugus.cases.Statistics;
import id.gugus.cases.TraffickingCase;
import id.gugus.examples.CityDesk;
import id.gugus.examples.SampleVictims;
import id.gugus.storage.jdbc.GugusSchema;
import id.gugus.storage.jdbc.JdbcBackend;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.TaskForce;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jooq.SQLDialect;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The same application code as {@code InMemoryExample} ({@link CityDesk}), switched to
 * PostgreSQL: only the three lines that build the back-end change. The schema comes from the
 * migrations shipped in gugus-storage-jdbc ({@link GugusSchema}); run them here, or let your own
 * Flyway run {@code classpath:db/gugus/postgres} with the history table
 * {@value GugusSchema#HISTORY_TABLE}.
 *
 * <p>MariaDB is the same with {@code new org.mariadb.jdbc.MariaDbDataSource(url)} and
 * {@link SQLDialect#MARIADB}. In production, hand {@code JdbcBackend} your connection pool.
 *
 * <pre>
 * java ... PostgresExample [jdbc-url [user [password]]]   (default jdbc:postgresql://127.0.0.1:5432/test postgres)
 * </pre>
 */
public final class PostgresExample {
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String DEFAULT_USER = "postgres";

    private PostgresExample() {}

    public static void main(String[] args) {
        run(args.length > 0 ? args[0] : DEFAULT_URL, args.length > 1 ? args[1] : DEFAULT_USER,
                args.length > 2 ? args[2] : "", new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    public static void run(String url, String user, String password, PrintStream out) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        int applied = GugusSchema.migrate(dataSource, SQLDialect.POSTGRES);
        out.printf(Locale.ROOT, "PostgreSQL schema: %d migration(s) applied%n", applied);

        try (JdbcBackend backend = JdbcBackend.create(dataSource, SQLDialect.POSTGRES)) {
            GugusStore store = GugusStore.on(backend, Clock.systemDefaultZone());
            // From here on, exactly the code that runs on the in-memory store.
            CityDesk desk = new CityDesk(store);
            TaskForce taskForce = desk.setUp();
            out.printf(Locale.ROOT, "task force of %s: %s, version %d%n", taskForce.jurisdiction(),
                    taskForce.status(), taskForce.version());
            TraffickingCase c = desk.register(CaseNumber.of("LP/B/41/X/2024/SPKT/POLRES SINGKAWANG"),
                    LocalDate.of(2024, 10, 21), List.of(SampleVictims.childRecruitedOnTikTok()));
            out.printf(Locale.ROOT, "case %s: version %d, %d victim%n", c.number(), c.version(), c.victims().size());
            for (Statistics.Row row : desk.victimsBySex().rows()) {
                out.printf(Locale.ROOT, "victims in %s, %s: %d%n", CityDesk.SINGKAWANG, row.first().text(), row.victims());
            }
        }
    }
}
