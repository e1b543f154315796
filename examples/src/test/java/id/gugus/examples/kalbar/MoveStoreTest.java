package id.gugus.examples.kalbar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.error.ValidationException;
import id.gugus.testing.ServerDatabase;
import id.gugus.exchange.StoreDigest;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's one command: the scenario's H2 file moved to PostgreSQL (or another H2), proved equal. */
class MoveStoreTest {
    @TempDir
    Path dir;

    @Test
    void theKalimantanBaratFileMovesToPostgresInOneCommand() {
        KalbarScenario.run(ScenarioOptions.parse(new String[] {"--data-dir", dir.toString()}),
                new PrintStream(OutputStream.nullOutputStream()));
        try (ServerDatabase pg = ServerDatabase.create(ServerDatabase.Kind.POSTGRES)) {
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            StoreDigest digest = MoveStore.run(new String[] {"--data-dir", dir.toString(), "--to", pg.url(), "--user",
                    pg.user(), "--password", pg.password()}, new PrintStream(screen, true, StandardCharsets.UTF_8));
            assertThat(digest.count("cases")).isPositive();
            assertThat(digest.count("task-forces")).isPositive();
            assertThat(digest.count("audit")).isPositive();
            assertThat(screen.toString(StandardCharsets.UTF_8)).contains("copied cases").contains("done: the target holds");

            // The target now holds data: a second move is refused before anything is copied.
            assertThatThrownBy(() -> MoveStore.run(new String[] {"--data-dir", dir.toString(), "--to", pg.url(), "--user",
                    pg.user(), "--password", pg.password()}, new PrintStream(OutputStream.nullOutputStream())))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("BACKUP-TARGET-NOT-EMPTY");
        }
    }

    @Test
    void aMissingStoreIsNamed() {
        assertThatThrownBy(() -> MoveStore.run(new String[] {"--data-dir", dir.resolve("none").toString(), "--to",
                "jdbc:h2:mem:" + UUID.randomUUID()}, new PrintStream(OutputStream.nullOutputStream())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("there is no store at");
    }
}
