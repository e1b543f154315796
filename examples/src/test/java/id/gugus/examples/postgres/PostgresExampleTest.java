package id.gugus.examples.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.testing.ServerDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link PostgresExample} twice on a fresh PostgreSQL schema: the first run migrates and
 * stores, the second finds everything in place. Skips if no server is reachable (fails in CI).
 */
class PostgresExampleTest {

    @Test
    void theSameDeskRunsOnPostgresqlAndASecondRunFindsItsRecords() {
        try (ServerDatabase db = ServerDatabase.create(ServerDatabase.Kind.POSTGRES)) {
            String first = run(db);
            String second = run(db);

            assertThat(first.lines()).containsExactly(
                    "PostgreSQL schema: 7 migration(s) applied",
                    "task force of 61.72: ESTABLISHED, version 1",
                    "case LP/B/41/X/2024/SPKT/POLRES SINGKAWANG: version 1, 1 victim",
                    "victims in 61.72, FEMALE: 1");
            assertThat(second.lines()).containsExactly(
                    "PostgreSQL schema: 0 migration(s) applied",
                    "task force of 61.72: ESTABLISHED, version 1",
                    "case LP/B/41/X/2024/SPKT/POLRES SINGKAWANG: version 1, 1 victim",
                    "victims in 61.72, FEMALE: 1");
        }
    }

    private static String run(ServerDatabase db) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PostgresExample.run(db.url(), db.user(), db.password(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
