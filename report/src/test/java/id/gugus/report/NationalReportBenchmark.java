package id.gugus.report;

import id.gugus.testing.ServerDatabase;
import com.google.common.base.Stopwatch;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.Route;
import id.gugus.cases.Sex;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.common.CountryCode;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.jurisdiction.Level;
import id.gugus.report.disclosure.DisclosurePolicy;
import id.gugus.report.disclosure.TableSuppression;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The time to build the national report over 100,000 cases on PostgreSQL: cases in regencies all
 * over the country, 1–4 victims each, reported in one year, loaded through the back-end's
 * primitives in units of 1,000; then the published national report,
 * twice (the second run with the database's caches warm), split into reading and counting the
 * cases and disclosure control. A program, not a test (numbers depend on the machine); Surefire
 * does not run it. From the repository root:
 *
 * <pre>{@code
 * mvn -B -q -pl report -am test-compile exec:java -Dreport.benchmark=run [-Dexec.args="100000"]
 * }</pre>
 *
 * The server comes from {@code GUGUS_PG_URL/_USER/_PASSWORD} as in the tests; the schema is new
 * and dropped at the end.
 */
public final class NationalReportBenchmark {
    private NationalReportBenchmark() {}

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (ServerDatabase db = ServerDatabase.create(ServerDatabase.Kind.POSTGRES)) {
            GugusStore store = GugusStore.on(db.backend(), TckFixtures.CLOCK);
            Stopwatch load = Stopwatch.createStarted();
            store.jurisdictions().importDirectory(JurisdictionDirectory.bundled());
            List<JurisdictionCode> regencies = JurisdictionDirectory.bundled().all().stream().map(Jurisdiction::code)
                    .filter(c -> c.level() == Level.REGENCY).toList();
            Random random = new Random(2025);
            int batch = 1_000;
            for (int from = 0; from < cases; from += batch) {
                List<TraffickingCase> some = new ArrayList<>();
                for (int i = from; i < Math.min(cases, from + batch); i++) {
                    some.add(randomCase(random, regencies, i));
                }
                // Loaded through the back-end's primitives, as a migration would: the cases are lawful by
                // construction, and what is measured is the report, not validation and audit of a load.
                db.backend().inUnitOfWork(() -> {
                    some.forEach(c -> db.backend().cases().insert(c.withVersion(1)));
                    return null;
                });
                if ((from + batch) % 10_000 == 0) {
                    System.out.printf("  %,d cases stored (%d s)%n", from + batch, load.elapsed(TimeUnit.SECONDS));
                }
            }
            System.out.printf("loaded %,d cases in %d s%n", cases, load.elapsed(TimeUnit.SECONDS));
            ReportRequest request = new ReportRequest(JurisdictionCode.NATIONAL, id.gugus.common.Period.years(2025, 2025),
                    LocalDate.of(2025, 12, 31), DisclosurePolicy.standard());
            for (int run = 1; run <= 2; run++) {
                Stopwatch figures = Stopwatch.createStarted();
                Report raw = ReportMaker.figures(store, request);
                long read = figures.elapsed(TimeUnit.MILLISECONDS);
                Stopwatch sdc = Stopwatch.createStarted();
                PublishedReport published = ReportMaker.publish(raw, request);
                long control = sdc.elapsed(TimeUnit.MILLISECONDS);
                System.out.printf("run %d: national report over %,d cases, %,d victims: %,d ms (reading and counting %,d ms,"
                        + " disclosure control %,d ms)%n", run, raw.table(ReportTables.CASES_BY_STATUS).orElseThrow()
                                .total().published(),
                        raw.table(ReportTables.VICTIMS_BY_AGE_AND_SEX).orElseThrow().total().published(), read + control,
                        read, control);
                if (run == 2) {
                    for (TableSuppression s : published.suppression()) {
                        System.out.printf("  %-26s %4d of %4d suppressed: %3d below k, %3d to protect them%n", s.table(),
                                s.suppressed(), s.numbers(), s.primary(), s.secondary());
                    }
                }
            }
        }
    }

    private static TraffickingCase randomCase(Random random, List<JurisdictionCode> regencies, int i) {
        // Skewed: a few regencies register most cases, as in reality, so that small cells exist.
        JurisdictionCode registered = regencies.get((int) (Math.pow(random.nextDouble(), 3) * regencies.size()));
        LocalDate reported = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
        int victims = 1 + random.nextInt(4);
        Victim[] vs = new Victim[victims];
        ExploitationType[] types = ExploitationType.values();
        for (int v = 0; v < victims; v++) {
            JurisdictionCode origin = random.nextInt(3) == 0
                    ? regencies.get(random.nextInt(regencies.size())) : registered;
            vs[v] = TckFixtures.victim(random.nextBoolean() ? Sex.FEMALE : Sex.MALE, 8 + random.nextInt(50),
                    reported.minusDays(30 + random.nextInt(300)), origin,
                    types[(int) (Math.pow(random.nextDouble(), 2) * types.length)]);
        }
        CaseStatus status = CaseStatus.values()[random.nextInt(CaseStatus.values().length)];
        Route route = random.nextInt(4) == 0 ? Route.UNKNOWN
                : TckFixtures.abroad(registered, List.of(CountryCode.of("MYS"), CountryCode.of("KHM"),
                        CountryCode.of("SAU"), CountryCode.of("MMR"), CountryCode.of("TWN")).get(random.nextInt(5)));
        return TckFixtures.newCase("LP/B/" + i + "/2025", registered, reported, status, route, vs);
    }

}
