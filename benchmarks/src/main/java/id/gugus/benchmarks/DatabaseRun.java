package id.gugus.benchmarks;

import id.gugus.benchmarks.CaseWorkload.RollUp;
import id.gugus.benchmarks.Report.Kind;
import id.gugus.benchmarks.Report.Line;
import id.gugus.benchmarks.ScratchDatabase.Server;
import id.gugus.cases.CaseId;
import id.gugus.cases.TraffickingCase;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.storage.jdbc.GugusSchema;
import id.gugus.storage.jdbc.JdbcBackend;
import id.gugus.store.GugusStore;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The workload on one database server: Gugus (the JDBC store in a fresh schema, through
 * {@link GugusStore}) and the baseline (its own fresh schema on the same server) take turns,
 * operation by operation, so that both see the same server, the same caches and the same drift.
 * Every kind of operation is first run unmeasured ({@code warmUp} times) and then measured; reads
 * are checked to return the same cases, and roll-ups the same counts, on both sides.
 */
final class DatabaseRun {
    static final int PAGE_SIZE = 50;

    private final Server server;
    private final BenchmarkSettings settings;
    private final List<Jurisdiction> areas;
    private final SyntheticCases cases;
    private final Report report;
    private final PrintStream out;

    DatabaseRun(Server server, BenchmarkSettings settings, List<Jurisdiction> areas, SyntheticCases cases, Report report,
            PrintStream out) {
        this.server = server;
        this.settings = settings;
        this.areas = areas;
        this.cases = cases;
        this.report = report;
        this.out = out;
    }

    /** Every operation, with {@code settings.cases()} cases. */
    void runAll() {
        run(server.displayName, settings.cases(), true);
    }

    /** Import, bulk registration, page and roll-up only, with {@code total} cases (the large PostgreSQL run). */
    void runReadsAt(int total) {
        run(server.displayName + ", " + String.format(Locale.ROOT, "%,d", total) + " cases", total, false);
    }

    private void run(String place, int total, boolean everything) {
        out.printf(Locale.ROOT, "%n%s: %,d areas, %,d cases%n", place, areas.size(), total);
        try (ScratchDatabase gugusDb = ScratchDatabase.create(server, "gugus", settings.workDir());
                ScratchDatabase rawDb = ScratchDatabase.create(server, "raw", settings.workDir())) {
            GugusSchema.migrate(gugusDb.dataSource(), server.dialect);
            GugusStore store = GugusStore.on(JdbcBackend.create(gugusDb.dataSource(), server.dialect),
                    Clock.fixed(SyntheticCases.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
            GugusWorkload gugus = GugusWorkload.on(store);
            GugusWorkload gugusRedacted = gugus.readingAs(GugusWorkload.ADMINISTRATOR);
            RawJdbcWorkload raw = RawJdbcWorkload.create(rawDb.dataSource(), server.dialect);
            openPool(gugusDb.dataSource());
            openPool(rawDb.dataSource());

            importAreas(place, gugus, raw);
            int next = 0;
            if (everything) {
                next = registerOneByOne(place, gugus, raw);
            }
            registerInUnits(place, gugus, raw, next, total);
            // Both sides' statistics, before any read is measured (see refreshStatistics).
            gugusDb.refreshStatistics();
            rawDb.refreshStatistics();
            readPages(place, gugus, gugusRedacted, raw, everything);
            rollUps(place, gugus, raw);
            if (everything) {
                updates(place, gugus, raw, total);
            }
        }
    }

    private void importAreas(String place, CaseWorkload gugus, CaseWorkload raw) {
        Samples g = new Samples();
        Samples r = new Samples();
        r.time(areas.size(), () -> raw.importAreas(areas));
        g.time(areas.size(), () -> gugus.importAreas(areas));
        report.add(place, new Line("area import (one transaction)", Kind.RATE, g.perSecond(), r.perSecond(), "rows/s", 0.8));
    }

    /** Warm-up cases, then the measured ones, one transaction each; returns the index of the next case. */
    private int registerOneByOne(String place, CaseWorkload gugus, CaseWorkload raw) {
        int i = 0;
        for (; i < settings.warmUp(); i++) {
            TraffickingCase c = cases.nth(i);
            gugus.register(c);
            raw.register(c);
        }
        Samples g = new Samples();
        Samples r = new Samples();
        for (int end = i + settings.singles(); i < end; i++) {
            TraffickingCase c = cases.nth(i);
            g.time(1, () -> gugus.register(c));
            r.time(1, () -> raw.register(c));
        }
        if (g.size() > 0) {
            report.add(place, new Line("register a case, one unit each, vs raw commit per case", Kind.RATE, g.perSecond(),
                    r.perSecond(), "cases/s", 0.5));
        }
        return i;
    }

    /** Fills the database up to {@code total} cases in units; the first unit of each side is the warm-up. */
    private void registerInUnits(String place, CaseWorkload gugus, CaseWorkload raw, int from, int total) {
        Samples g = new Samples();
        Samples r = new Samples();
        boolean first = true;
        for (int i = from; i < total; i += settings.unit()) {
            List<TraffickingCase> unit = new ArrayList<>(settings.unit());
            for (int k = i; k < Math.min(total, i + settings.unit()); k++) {
                unit.add(cases.nth(k));
            }
            if (first && total - i > settings.unit()) {
                gugus.registerAll(unit);
                raw.registerAll(unit);
            } else {
                g.time(unit.size(), () -> gugus.registerAll(unit));
                r.time(unit.size(), () -> raw.registerAll(unit));
            }
            first = false;
            if ((i / settings.unit()) % 100 == 99) {
                out.printf(Locale.ROOT, "  ... %,d cases stored%n", i + unit.size());
            }
        }
        report.add(place, new Line("register " + settings.unit() + " cases per unit vs raw batched, commit every "
                + settings.unit(), Kind.RATE, g.perSecond(), r.perSecond(), "cases/s", 0.5));
    }

    private void readPages(String place, CaseWorkload gugus, CaseWorkload redacted, CaseWorkload raw, boolean both) {
        List<JurisdictionCode> provinces = cases.provinces();
        Samples g = new Samples();
        Samples gr = new Samples();
        Samples r = new Samples();
        int warmUp = Math.min(settings.warmUp(), settings.reads());
        for (int i = 0; i < warmUp + settings.reads(); i++) {
            JurisdictionCode province = provinces.get(i % provinces.size());
            boolean measured = i >= warmUp;
            List<CaseId> fromGugus = timed(measured ? g : null, () -> gugus.page(province, PAGE_SIZE));
            List<CaseId> fromRaw = timed(measured ? r : null, () -> raw.page(province, PAGE_SIZE));
            if (both) {
                List<CaseId> fromRedacted = timed(measured ? gr : null, () -> redacted.page(province, PAGE_SIZE));
                check(fromRedacted.equals(fromRaw), "redacted page of " + province);
            }
            check(fromGugus.equals(fromRaw), "page of " + province + ": Gugus and the baseline read other cases");
        }
        report.add(place, new Line("subtree page of " + PAGE_SIZE + ", read with personal data, audited (median)",
                Kind.LATENCY, g.medianMillis(), r.medianMillis(), "ms", 2));
        if (both) {
            report.add(place, new Line("subtree page of " + PAGE_SIZE + ", redacted, nothing audited (median)",
                    Kind.LATENCY, gr.medianMillis(), r.medianMillis(), "ms", Double.NaN));
        }
    }

    private void rollUps(String place, CaseWorkload gugus, CaseWorkload raw) {
        List<JurisdictionCode> provinces = cases.provinces();
        Samples g = new Samples();
        Samples r = new Samples();
        int warmUp = Math.min(settings.warmUp(), settings.rollUps());
        for (int i = 0; i < warmUp + settings.rollUps(); i++) {
            JurisdictionCode province = provinces.get(i % provinces.size());
            boolean measured = i >= warmUp;
            RollUp fromGugus = timed(measured ? g : null, () -> gugus.rollUp(province));
            RollUp fromRaw = timed(measured ? r : null, () -> raw.rollUp(province));
            check(fromGugus.equals(fromRaw), "roll-up of " + province + ": Gugus counted " + fromGugus + ", the baseline " + fromRaw);
        }
        report.add(place, new Line("province roll-up by regency x exploitation type (median)", Kind.LATENCY,
                g.medianMillis(), r.medianMillis(), "ms", 1.5));
    }

    /** Each update moves another case; the warm-up ones come first. */
    private void updates(String place, CaseWorkload gugus, CaseWorkload raw, int total) {
        if (settings.updates() == 0) {
            return;
        }
        int warmUp = Math.min(settings.warmUp(), total - settings.updates());
        Samples g = new Samples();
        Samples r = new Samples();
        for (int i = 0; i < warmUp + settings.updates(); i++) {
            TraffickingCase registered = cases.nth(i);
            if (i < warmUp) {
                gugus.advance(registered);
                raw.advance(registered);
            } else {
                g.time(1, () -> gugus.advance(registered));
                r.time(1, () -> raw.advance(registered));
            }
        }
        report.add(place, new Line("optimistic update, get + save vs raw UPDATE ... WHERE version = ?", Kind.RATE,
                g.perSecond(), r.perSecond(), "/s", 0.5));
    }

    private static <T> T timed(Samples samples, java.util.function.Supplier<T> read) {
        long start = System.nanoTime();
        T result = read.get();
        if (samples != null) {
            samples.add(System.nanoTime() - start, 1);
        }
        return result;
    }

    /** Opens the pool's first connection before anything is timed. */
    private static void openPool(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            Objects.requireNonNull(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the benchmark's connection pool", e);
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark check failed: " + what);
        }
    }
}
