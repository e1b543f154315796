package id.gugus.examples.kalbar;

import id.gugus.exchange.Progress;
import id.gugus.exchange.StoreDigest;
import id.gugus.exchange.StoreMove;
import id.gugus.storage.jdbc.GugusSchema;
import id.gugus.storage.jdbc.JdbcBackend;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jooq.SQLDialect;

/**
 * Moves the Kalimantan Barat store from its embedded H2 file to a database server in one command,
 * and proves the server holds the same: the count and content digest of every aggregate type,
 * read back from both sides (gugus-exchange's {@link StoreMove}).
 *
 * <pre>
 * mvn -B -q -pl examples -am compile exec:java -Dexec.mainClass=id.gugus.examples.kalbar.MoveStore \
 *   -Dexec.args="--data-dir gugus-data --to jdbc:postgresql://127.0.0.1:5432/test?currentSchema=kalbar --user postgres"
 * </pre>
 *
 * The target's schema is created with the shipped migrations; the target must hold no data.
 */
public final class MoveStore {
    private MoveStore() {}

    public static void main(String[] args) {
        try {
            run(args, System.out);
        } catch (IllegalArgumentException | IllegalStateException | id.gugus.error.GugusException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Moves as {@code args} say; returns the digest both stores hold. */
    public static StoreDigest run(String[] args, PrintStream out) {
        Path dataDir = ScenarioOptions.DEFAULT_DATA_DIR;
        String to = null;
        String user = null;
        String password = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(value(args, ++i));
                case "--to" -> to = value(args, ++i);
                case "--user" -> user = value(args, ++i);
                case "--password" -> password = value(args, ++i);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --data-dir DIR --to JDBC-URL [--user USER] [--password PASSWORD]");
            }
        }
        if (to == null) {
            throw new IllegalArgumentException("--to JDBC-URL names the database to move the store to");
        }
        Path file = dataDir.toAbsolutePath().normalize().resolve("gugus.mv.db");
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("there is no store at " + file + " (run the scenario first, or give --data-dir)");
        }
        SQLDialect dialect = ScenarioStore.dialectOf(to);
        UrlDataSource target = new UrlDataSource(to, user, password);
        GugusSchema.migrate(target, dialect);
        try (JdbcBackend from = JdbcBackend.h2File(file.getParent()); JdbcBackend into = JdbcBackend.create(target, dialect)) {
            out.println("moving " + file + " to " + ScenarioStore.withoutParameters(to));
            PartLines progress = new PartLines(out);
            StoreDigest digest = StoreMove.move(from, into, progress);
            progress.finish();
            out.println("done: the target holds the same as the source (count, SHA-256 sum of the records):");
            for (Map.Entry<String, StoreDigest.TypeDigest> type : digest.types().entrySet()) {
                out.printf("  %-14s %8d  %s%n", type.getKey(), type.getValue().count(), type.getValue().sha256Sum());
            }
            return digest;
        }
    }

    /** Prints a line each time a part has been copied: the callback a console bar or a log would use. */
    private static final class PartLines implements Progress {
        private final PrintStream out;
        private String part;
        private long done;

        PartLines(PrintStream out) {
            this.out = out;
        }

        @Override
        public void update(String part, long done, long total) {
            if (this.part != null && !this.part.equals(part)) {
                finish();
            }
            this.part = part;
            this.done = done;
        }

        void finish() {
            if (part != null) {
                out.printf("  copied %-14s %8d%n", part, done);
            }
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
