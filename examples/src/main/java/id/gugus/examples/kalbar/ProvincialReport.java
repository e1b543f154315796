package id.gugus.examples.kalbar;

import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.PlanRealisation;
import id.gugus.report.PublishedReport;
import id.gugus.report.Report;
import id.gugus.report.ReportMaker;
import id.gugus.report.ReportRequest;
import id.gugus.report.ReportTables;
import id.gugus.report.TaskForceLine;
import id.gugus.report.disclosure.TableSuppression;
import id.gugus.report.render.HtmlRenderer;
import id.gugus.report.render.Language;
import id.gugus.report.render.TextRenderer;
import id.gugus.report.render.XlsxRenderer;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.TaskForceStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Step 9: the provincial annual report of Kalimantan Barat for 2024, as of the scenario's today,
 * made by the library ({@code gugus-report}): published under disclosure control (k = 11), printed
 * as text, and written as HTML and XLSX next to the database.
 */
final class ProvincialReport {
    /** The report's figures, for the caller (and the tests) to check; from the internal (unsuppressed) report. */
    record Figures(int taskForces, int compliant, int established, long cases, long victims, long children,
            int overdueFollowUps, PlanRealisation realisation, PublishedReport published, Path html, Path xlsx) {}

    private ProvincialReport() {}

    /**
     * @param directory where to write the HTML and XLSX files; null to write none (the in-memory run)
     */
    static Figures run(GugusStore store, ActionPlan rad, Path directory, Console out) {
        LocalDate today = LocalDate.now(store.clock());
        JurisdictionCode province = KalbarAreas.PROVINCE;
        ReportRequest request = ReportRequest.annual(province, today.getYear(), today);
        out.step("Provincial report: " + store.jurisdictions().get(province).name() + ", as of " + today);
        PublishedReport published = ReportMaker.publish(store, request);
        TextRenderer.lines(published.report(), Language.ENGLISH).forEach(line -> out.line("%s", line));
        out.blank();
        out.line("disclosure control (k = %d): numbers suppressed per table, below k + to protect them", request.policy().k());
        for (TableSuppression s : published.suppression()) {
            out.line("  %-26s %3d of %3d: %2d + %2d", s.table(), s.suppressed(), s.numbers(), s.primary(), s.secondary());
        }
        Path html = null;
        Path xlsx = null;
        if (directory != null) {
            html = write(directory.resolve("laporan-61-" + today.getYear() + ".html"),
                    o -> o.write(HtmlRenderer.render(published.report(), Language.INDONESIAN)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            xlsx = write(directory.resolve("laporan-61-" + today.getYear() + ".xlsx"),
                    o -> XlsxRenderer.write(published.report(), Language.INDONESIAN, o));
            out.line("report written: %s", html);
            out.line("report written: %s", xlsx);
        }
        Report internal = ReportMaker.internal(store, request);
        CountTable ageSex = internal.table(ReportTables.VICTIMS_BY_AGE_AND_SEX).orElseThrow();
        long children = 0;
        for (int r = 0; r < ageSex.rowKeys().size(); r++) {
            String band = ageSex.rowKeys().get(r);
            if (band.equals("AGE_0_5") || band.equals("AGE_6_12") || band.equals("AGE_13_17")) {
                children += ageSex.at(Position.rowTotal(r)).published();
            }
        }
        int compliant = (int) internal.taskForces().stream().filter(TaskForceLine::compliant).count();
        int established = (int) internal.taskForces().stream().filter(l -> l.status() == TaskForceStatus.ESTABLISHED).count();
        return new Figures(internal.taskForces().size(), compliant, established,
                internal.table(ReportTables.CASES_BY_STATUS).orElseThrow().total().published(),
                ageSex.total().published(), children, internal.followUps().overdue(),
                PlanRealisation.of(store.actionPlans().get(rad.id())), published, html, xlsx);
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static Path write(Path file, Writing writing) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream o = Files.newOutputStream(file)) {
                writing.to(o);
            }
            return file.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
