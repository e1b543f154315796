package id.gugus.benchmarks;

import id.gugus.benchmarks.BenchmarkSettings.Target;
import id.gugus.benchmarks.ScratchDatabase.Server;
import id.gugus.jurisdiction.Jurisdiction;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark of issue #11: the same workload through Gugus and through a hand-written JDBC
 * program, in the same run, on each database named by {@code gugus.bench.targets}, then the
 * in-memory store under JMH; prints each operation's ratio as it goes and a Markdown table at the
 * end. Ratios, not absolute times, are what compares across machines. Run it from the repository
 * root (see README, "Performance"):
 *
 * <pre>{@code
 * mvn -B -q -Pbenchmarks -pl benchmarks -am compile exec:exec [-Dgugus.bench.cases=2000 ...]
 * }</pre>
 *
 * Settings: {@link BenchmarkSettings}. A server that does not answer is skipped with a message.
 */
public final class Benchmarks {
    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        out.printf(Locale.ROOT, "Gugus benchmark (issue #11): %s%n", settings.targets());
        out.printf(Locale.ROOT, "  %,d cases per database (%,d warm-up, %,d one unit each, the rest %,d per unit), %,d page reads, "
                + "%,d roll-ups, %,d updates; %,d cases in memory; seed %d%n", settings.cases(), settings.warmUp(),
                settings.singles(), settings.unit(), settings.reads(), settings.rollUps(), settings.updates(),
                settings.memoryCases(), settings.seed());
        List<Jurisdiction> areas = AreaTree.load(settings.villages());
        out.printf(Locale.ROOT, "  areas: %,d (%s)%n", areas.size(),
                settings.villages() ? "the bundled tree and the villages of gugus-area-villages"
                        : "the bundled tree only (-Dgugus.bench.villages=false)");
        out.printf(Locale.ROOT, "  load average at start: %s on %d processors%n", loadAverage(), Runtime.getRuntime().availableProcessors());
        SyntheticCases cases = new SyntheticCases(settings.seed());
        Report report = new Report(out);
        for (Target target : settings.targets()) {
            if (target == Target.MEMORY) {
                new MemoryRun(settings, report, out).run();
                continue;
            }
            Server server = Server.valueOf(target.name());
            String unreachable = server.unreachable();
            if (unreachable != null) {
                out.println();
                out.println("SKIPPED: " + unreachable);
                continue;
            }
            new DatabaseRun(server, settings, areas, cases, report, out).runAll();
        }
        if (settings.largeCases() > 0) {
            String unreachable = Server.POSTGRES.unreachable();
            if (unreachable == null) {
                new DatabaseRun(Server.POSTGRES, settings, areas, cases, report, out).runReadsAt(settings.largeCases());
            } else {
                out.println("SKIPPED the large run: " + unreachable);
            }
        }
        out.println();
        out.printf(Locale.ROOT, "Load average at the end: %s (other work on the machine slows both sides alike, not always equally)%n",
                loadAverage());
        out.println("Ratios: a rate is Gugus / baseline (1.00x: as fast; higher is better); a latency is Gugus / baseline"
                + " (higher is slower). ✓/✗: issue #11's target met or not.");
        report.printSummary();
    }

    /** The system load average of the last minute, or "unknown" where the platform does not tell. */
    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", load);
    }
}
