package id.gugus.benchmarks;

import id.gugus.benchmarks.Report.Kind;
import id.gugus.benchmarks.Report.Line;
import id.gugus.cases.TraffickingCase;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.storage.memory.InMemoryStore;
import id.gugus.store.GugusStore;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The in-memory store at {@code memoryCases} cases: how many heap bytes a stored case takes
 * (heap in use after a full collection, before and after loading the cases, divided by their
 * number), then the subtree page and the province roll-up under JMH ({@link InMemoryStoreBenchmark}).
 * There is no baseline here: issue #11's targets for memory are absolute.
 */
final class MemoryRun {
    static final String PLACE = "in memory";
    private static final int UNIT = 500;

    private final BenchmarkSettings settings;
    private final Report report;
    private final PrintStream out;

    MemoryRun(BenchmarkSettings settings, Report report, PrintStream out) {
        this.settings = settings;
        this.report = report;
        this.out = out;
    }

    void run() throws RunnerException {
        int n = settings.memoryCases();
        out.printf(Locale.ROOT, "%n%s: %,d cases%n", PLACE, n);
        report.add(PLACE, new Line("bytes per case", Kind.ABSOLUTE, bytesPerCase(n), Double.NaN, "bytes", 1024));
        Options options = new OptionsBuilder()
                .include(InMemoryStoreBenchmark.class.getName())
                .param("cases", String.valueOf(n))
                .param("seed", String.valueOf(settings.seed()))
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx4g")
                .timeUnit(TimeUnit.MICROSECONDS)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            double medianMillis = result.getPrimaryResult().getStatistics().getPercentile(50) / 1000.0;
            if (method.endsWith(".subtreePage")) {
                report.add(PLACE, new Line("subtree page of " + DatabaseRun.PAGE_SIZE + ", read with personal data, audited (median)",
                        Kind.ABSOLUTE, medianMillis, Double.NaN, "ms", 0.05));
            } else if (method.endsWith(".provinceRollUp")) {
                report.add(PLACE, new Line("province roll-up by regency x exploitation type (median)", Kind.ABSOLUTE,
                        medianMillis, Double.NaN, "ms", 5));
            }
        }
    }

    /** Heap in use after a full collection: the store with its areas, then with the cases too. */
    private double bytesPerCase(int n) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        GugusStore store = emptyStore();
        long before = usedAfterGc(memory);
        CaseWorkload workload = GugusWorkload.on(store);
        load(workload, new SyntheticCases(settings.seed()), n);
        long after = usedAfterGc(memory);
        Reference.reachabilityFence(store);
        return n == 0 ? 0 : (after - before) / (double) n;
    }

    /** An in-memory store with the bundled area tree and {@code n} synthetic cases, as the workload of a case worker. */
    static CaseWorkload loaded(SyntheticCases cases, int n) {
        CaseWorkload workload = GugusWorkload.on(emptyStore());
        load(workload, cases, n);
        return workload;
    }

    private static GugusStore emptyStore() {
        GugusStore store = InMemoryStore.create(Clock.fixed(SyntheticCases.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(),
                ZoneOffset.UTC));
        store.jurisdictions().importDirectory(JurisdictionDirectory.bundled());
        return store;
    }

    private static void load(CaseWorkload workload, SyntheticCases cases, int n) {
        for (int i = 0; i < n; i += UNIT) {
            List<TraffickingCase> unit = new ArrayList<>(UNIT);
            for (int k = i; k < Math.min(n, i + UNIT); k++) {
                unit.add(cases.nth(k));
            }
            workload.registerAll(unit);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        // Several collections: the later ones free what the earlier ones only finalised or promoted.
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
