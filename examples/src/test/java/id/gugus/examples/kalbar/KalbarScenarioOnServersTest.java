package id.gugus.examples.kalbar;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.testing.ServerDatabase;
import id.gugus.storage.memory.InMemoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The README's "point it at PostgreSQL or MariaDB": the scenario by {@code --jdbc-url} on a fresh
 * schema or database prints the same provincial report as in memory, and again on a second run.
 * Skips if the server is not reachable (fails in CI, where GUGUS_REQUIRE_DATABASES=true).
 */
class KalbarScenarioOnServersTest {

    @ParameterizedTest
    @EnumSource(ServerDatabase.Kind.class)
    void theScenarioByJdbcUrlPrintsTheSameReportAsInMemory(ServerDatabase.Kind kind) {
        try (ServerDatabase db = ServerDatabase.create(kind)) {
            ScenarioOptions options = ScenarioOptions.parse(
                    "--jdbc-url", db.url(), "--user", db.user(), "--password", db.password());
            String onServer = print(out -> KalbarScenario.run(options, out));
            String again = print(out -> KalbarScenario.run(options, out));
            String inMemory = print(out -> KalbarScenario.play(InMemoryStore.create(ScenarioClock.CLOCK),
                    ScenarioOptions.parse("--memory"), out));

            assertThat(onServer).contains("(schema created: 7 migration(s))").contains("the store is empty");
            assertThat(report(onServer)).isEqualTo(report(inMemory));
            assertThat(again).contains("(schema up to date)")
                    .contains("case LP/B/112/III/2024/SPKT/POLDA KALIMANTAN BARAT: found it stored (version 4)");
            assertThat(report(again)).isEqualTo(report(inMemory));
            // The second run reads the case back from the server: its HTCDS fields arrived there.
            assertThat(KalbarScenarioTest.htcdsLines(again)).hasSize(6).isEqualTo(KalbarScenarioTest.htcdsLines(inMemory));
        }
    }

    private static String print(java.util.function.Consumer<PrintStream> run) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        run.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String report(String output) {
        return output.substring(output.indexOf("Provincial report"));
    }
}
