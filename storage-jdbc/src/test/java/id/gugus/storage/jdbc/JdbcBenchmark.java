package id.gugus.storage.jdbc;

import id.gugus.area.villages.Villages;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.TraffickingCase;
import id.gugus.jurisdiction.Jurisdiction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures, once per database, the time to import the full area tree (91,599 rows in batches of
 * {@link JdbcStoreConfig#DEFAULT_BATCH_SIZE}) and to register 10,000 cases one unit of work each
 * (two victims with personal data, a suspect, restitution: seven rows per case). A program, not a
 * test: numbers depend on the machine. Run from the repository root:
 *
 * <pre>{@code
 * mvn -B -q -pl storage-jdbc -am test-compile
 * mvn -B -q -pl storage-jdbc exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=id.gugus.storage.jdbc.JdbcBenchmark [-Dexec.args="H2 POSTGRES MARIADB"]
 * }</pre>
 *
 * The areas are those bundled in gugus-core and gugus-area-villages; the servers come from the
 * same environment variables as the tests.
 */
public final class JdbcBenchmark {
    static final int CASES = 10_000;

    private JdbcBenchmark() {}

    public static void main(String[] args) {
        List<Jurisdiction> areas = Villages.withBundledTree();
        List<TestDatabase.Kind> kinds = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"H2", "POSTGRES", "MARIADB"} : args) {
            kinds.add(TestDatabase.Kind.valueOf(arg.toUpperCase(Locale.ROOT)));
        }
        List<String> lines = new ArrayList<>();
        for (TestDatabase.Kind kind : kinds) {
            try (TestDatabase db = TestDatabase.open(kind)) {
                JdbcBackend backend = db.backend();
                long start = System.nanoTime();
                backend.jurisdictions().importAll(areas);
                Duration importTime = Duration.ofNanos(System.nanoTime() - start);
                check(backend.jurisdictions().count() == areas.size(), "area count");

                List<TraffickingCase> cases = new ArrayList<>(CASES);
                for (int i = 0; i < CASES; i++) {
                    cases.add(Fixtures.scamCase("LP/B/" + i + "/2025", i % 2 == 0 ? Fixtures.PONTIANAK : Fixtures.SAMBAS,
                            LocalDate.of(2021, 1, 1).plusDays(i % 1800)));
                }
                start = System.nanoTime();
                for (TraffickingCase c : cases) {
                    backend.cases().insert(c);
                }
                Duration registerTime = Duration.ofNanos(System.nanoTime() - start);
                check(backend.cases().count(CaseQuery.all()) == CASES, "case count");

                lines.add(String.format(Locale.ROOT, "%-10s area tree (%,d rows): %6.1f s   %,d cases: %6.1f s (%.2f ms/case)",
                        kind.displayName(), areas.size(), importTime.toMillis() / 1000.0, CASES,
                        registerTime.toMillis() / 1000.0, registerTime.toNanos() / 1e6 / CASES));
            }
        }
        System.out.println();
        lines.forEach(System.out::println);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark check failed: " + what);
        }
    }
}
