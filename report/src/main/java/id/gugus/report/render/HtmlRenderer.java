package id.gugus.report.render;

import com.google.common.collect.ImmutableList;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import id.gugus.report.FollowUpSummary;
import id.gugus.report.LibraryVersion;
import id.gugus.report.PlanSummary;
import id.gugus.report.Report;
import id.gugus.report.ReportLevel;
import id.gugus.report.ReportTables;
import id.gugus.report.TaskForceLine;
import id.gugus.report.table.Cell;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.report.table.Shape;
import id.gugus.taskforce.TaskForceStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML file: inline CSS, charts drawn as inline SVG, no
 * script, nothing fetched. It reads on a phone (tables of many columns stack into cards below
 * 640 px, nothing is wider than the screen) and prints on A4 ({@code @page}); an internal
 * report carries its warning in a band that repeats on every printed page.
 */
public final class HtmlRenderer {
    private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();
    private static final String FEMALE = "#b5446e";
    private static final String MALE = "#2f6f9f";
    private static final String BAR = "#2f6f9f";
    private static final String GOOD = "#3a7d44";
    private static final String BAD = "#c0392b";

    private static final String CSS = """
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{font-family:"DejaVu Sans","Noto Sans",Arial,sans-serif;font-size:15px;line-height:1.45;color:#222;
              margin:0 auto;max-width:60rem;padding:0 1rem 2rem}
            h1{font-size:1.5rem;margin:1rem 0 .25rem}h2{font-size:1.2rem;margin:1.6rem 0 .5rem;border-bottom:2px solid #2f6f9f}
            h3{font-size:1rem;margin:1rem 0 .4rem}
            p,li,td,th,figcaption{overflow-wrap:anywhere}
            .meta{color:#555;margin:.1rem 0}
            .note{background:#f4f7fa;border-left:4px solid #2f6f9f;padding:.4rem .6rem}
            .internal{background:#c0392b;color:#fff;font-weight:bold;padding:.5rem .8rem;text-align:center;
              position:sticky;top:0;z-index:1}
            table{border-collapse:collapse;width:100%;margin:.3rem 0 1rem;table-layout:auto}
            th,td{border:1px solid #ccd;padding:.25rem .4rem;vertical-align:top;text-align:left}
            th{background:#eef2f6}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.x{text-align:right;color:#888;font-style:italic}
            tr.total td{font-weight:bold;background:#f7f7f7}
            .bad{color:#c0392b;font-weight:bold}.good{color:#3a7d44}
            .violation{font-size:.85rem;color:#555}
            figure{margin:.5rem 0 1.2rem;break-inside:avoid}
            figcaption{font-weight:bold;margin-bottom:.3rem}
            svg.chart{display:block;width:100%;height:auto;max-width:40rem}
            svg .lbl{font-size:12px;fill:#222}svg .val{font-size:11px;fill:#444}
            .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr));gap:0 1.5rem}
            footer{margin-top:2rem;color:#555;font-size:.85rem}
            @media (max-width:640px){
              body{font-size:14px;padding:0 .6rem 1rem}
              table.wide,table.wide tbody,table.wide tr,table.wide td{display:block;width:100%}
              table.wide thead{display:none}
              table.wide tr{border:1px solid #ccd;margin-bottom:.5rem}
              table.wide td{border:none;border-bottom:1px solid #eee}
              table.wide td::before{content:attr(data-label) ": ";font-weight:bold}
              table.wide td.n{text-align:left;white-space:normal}
            }
            @page{size:A4;margin:14mm 12mm}
            @media print{
              body{max-width:none;font-size:10.5pt;padding:0}
              .internal{position:fixed;top:0;left:0;right:0}
              body.is-internal{padding-top:2.2rem}
              h2{break-after:avoid}table,figure{break-inside:avoid}
            }
            """;

    private HtmlRenderer() {}

    public static String render(Report report, Language language) {
        return new Page(report, Terms.of(language)).html();
    }

    private static final class Page {
        private final Report report;
        private final Terms t;
        private final StringBuilder out = new StringBuilder(64 * 1024);

        Page(Report report, Terms terms) {
            this.report = report;
            this.t = terms;
        }

        String html() {
            boolean internal = report.header().internal();
            out.append("<!DOCTYPE html>\n<html lang=\"").append(t.language().tag()).append("\"><head><meta charset=\"utf-8\">")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                    .append("<title>").append(e(title())).append("</title><style>").append(CSS).append("</style></head>")
                    .append("<body").append(internal ? " class=\"is-internal\"" : "").append(">\n");
            if (internal) {
                out.append("<div class=\"internal\" id=\"internal\">").append(e(t.get("report.internal"))).append("</div>\n");
            }
            header();
            charts();
            taskForces();
            areas();
            plans();
            followUps();
            tables();
            out.append("<footer><p>").append(e(t.get("report.suppressedNote", report.header().k()))).append("</p><p>")
                    .append(e(t.get("report.generated", LibraryVersion.get()))).append("</p></footer>\n</body></html>\n");
            return out.toString();
        }

        private String title() {
            return t.get("report.level." + report.header().level().name()) + ": " + report.header().name();
        }

        private void header() {
            var h = report.header();
            out.append("<header><h1>").append(e(title())).append("</h1>")
                    .append("<p class=\"meta\">").append(e(t.get("report.title"))).append(" · ")
                    .append(e(h.jurisdiction().value())).append("</p>")
                    .append("<p class=\"meta\">").append(e(t.get("report.period"))).append(": ").append(e(t.period(h.period())))
                    .append(" · ").append(e(t.get("report.asOf"))).append(": ").append(e(t.date(h.asOf()))).append("</p>");
            if (!h.combinedFrom().isEmpty()) {
                out.append("<p class=\"meta\">").append(e(t.get("report.combined", h.combinedFrom().stream()
                        .map(c -> report.areaName(c.value()) + " (" + c.value() + ")").collect(Collectors.joining(", ")))))
                        .append("</p>");
            }
            out.append("<p class=\"note\">").append(e(h.internal() ? t.get("report.internal")
                    : t.get("report.published", h.k(), h.protection()))).append("</p></header>\n");
        }

        private void charts() {
            out.append("<section id=\"charts\"><h2>").append(e(t.get("section.charts"))).append("</h2><div class=\"charts\">");
            report.table(ReportTables.VICTIMS_BY_ORIGIN).ifPresent(table ->
                    figure("chart-area", t.get("chart.victimsByArea"), oneWayBars(table, true), List.of(BAR), List.of()));
            report.table(ReportTables.VICTIMS_BY_AGE_AND_SEX).ifPresent(this::ageSexChart);
            report.table(ReportTables.VICTIMS_BY_EXPLOITATION).ifPresent(table ->
                    figure("chart-exploitation", t.get("chart.exploitation"), oneWayBars(table, true), List.of(BAR), List.of()));
            planChart();
            complianceChart();
            out.append("</div></section>\n");
        }

        private List<SvgCharts.Bar> oneWayBars(CountTable table, boolean skipZeros) {
            List<SvgCharts.Bar> bars = new ArrayList<>();
            for (int r = 0; r < table.rowKeys().size(); r++) {
                Cell c = table.at(Position.cell(r, 0));
                if (skipZeros && !c.isSuppressed() && c.published() == 0) {
                    continue;
                }
                bars.add(new SvgCharts.Bar(t.key(report, table.rowAxis(), table.rowKeys().get(r)),
                        java.util.Collections.singletonList(c.value()), c.isSuppressed() ? "" : t.number(c.published())));
            }
            return bars;
        }

        private void figure(String id, String caption, List<SvgCharts.Bar> bars, List<String> colours, List<String> legend) {
            double max = bars.stream().mapToDouble(b -> b.segments().stream().filter(v -> v != null)
                    .mapToLong(Long::longValue).sum()).max().orElse(0);
            figure(id, caption, bars, colours, legend, max);
        }

        private void figure(String id, String caption, List<SvgCharts.Bar> bars, List<String> colours, List<String> legend,
                double scale) {
            out.append("<figure><figcaption>").append(e(caption)).append("</figcaption>")
                    .append(SvgCharts.bars(id, caption, bars, colours, legend, scale, t.get("chart.suppressedBar")))
                    .append("</figure>");
        }

        private void ageSexChart(CountTable table) {
            List<SvgCharts.Bar> bars = new ArrayList<>();
            for (int r = 0; r < table.rowKeys().size(); r++) {
                Cell total = table.at(Position.rowTotal(r));
                if (!total.isSuppressed() && total.published() == 0) {
                    continue;
                }
                List<Long> segments = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                for (int c = 0; c < table.columnKeys().size(); c++) {
                    Cell cell = table.at(Position.cell(r, c));
                    segments.add(cell.value());
                    texts.add(t.cell(cell));
                }
                bars.add(new SvgCharts.Bar(t.key(report, table.rowAxis(), table.rowKeys().get(r)), segments,
                        String.join(" / ", texts)));
            }
            List<String> legend = table.columnKeys().stream().map(k -> t.key(report, table.columnAxis(), k)).toList();
            figure("chart-age-sex", t.get("chart.victimsByAgeAndSex"), bars, List.of(FEMALE, MALE), legend);
        }

        private void planChart() {
            if (report.plans().isEmpty()) {
                return;
            }
            PlanSummary plan = report.plans().get(report.plans().size() - 1);
            List<SvgCharts.Bar> bars = plan.clusters().stream()
                    .map(c -> new SvgCharts.Bar(t.cluster(c.key()),
                            java.util.Collections.singletonList(c.realised() == null ? 0L : c.realised().longValue()),
                            c.realised() == null ? t.get("notMeasurable") : percent(c.realised())))
                    .toList();
            figure("chart-plan", t.get("chart.plan"), bars, List.of(BAR), List.of(), 100);
        }

        private void complianceChart() {
            long compliant = report.taskForces().stream().filter(TaskForceLine::compliant).count();
            long not = report.taskForces().size() - compliant;
            List<SvgCharts.Bar> bars = List.of(
                    new SvgCharts.Bar(t.get("compliant"), List.of(compliant), t.number(compliant)),
                    new SvgCharts.Bar(t.get("notCompliant"), List.of(not), t.number(not)));
            out.append("<figure><figcaption>").append(e(t.get("chart.compliance"))).append("</figcaption>")
                    .append(SvgCharts.bars("chart-compliance", t.get("chart.compliance"), bars.subList(0, 1), List.of(GOOD),
                            List.of(), Math.max(1, report.taskForces().size()), ""))
                    .append(SvgCharts.bars("chart-noncompliance", t.get("notCompliant"), bars.subList(1, 2), List.of(BAD),
                            List.of(), Math.max(1, report.taskForces().size()), ""))
                    .append("</figure>");
        }

        private void taskForces() {
            List<TaskForceLine> lines = report.taskForces();
            out.append("<section id=\"task-forces\"><h2>").append(e(t.get("section.taskForces"))).append("</h2>");
            long compliant = lines.stream().filter(TaskForceLine::compliant).count();
            long established = lines.stream().filter(l -> l.status() == TaskForceStatus.ESTABLISHED).count();
            out.append("<p>").append(e(t.get("taskForces.summary", compliant, lines.size(), established))).append("</p>");
            String[] heads = {t.get("col.code"), t.get("col.area"), t.get("col.status"), t.get("col.decree"),
                t.get("col.chair"), t.get("col.dailyChair"), t.get("col.compliance")};
            wideHead(heads);
            for (TaskForceLine l : lines) {
                out.append("<tr>");
                td(heads[0], l.jurisdiction().value());
                td(heads[1], l.area());
                td(heads[2], t.get("TASK_FORCE_STATUS." + l.status().name()));
                td(heads[3], l.decreeStatus() == null ? t.get("none") : t.get("DECREE_STATUS." + l.decreeStatus().name()));
                td(heads[4], t.get("POSITION." + l.chair().name()));
                td(heads[5], t.get("POSITION." + l.dailyChair().name()));
                out.append("<td data-label=\"").append(e(heads[6])).append("\">").append(compliance(l)).append("</td></tr>");
            }
            out.append("</tbody></table></section>\n");
        }

        private String compliance(TaskForceLine l) {
            if (l.compliant()) {
                return "<span class=\"good\">" + e(l.reformedOn() == null ? t.get("compliant")
                        : t.get("compliantReformed", t.date(l.reformedOn()))) + "</span>";
            }
            return "<span class=\"bad\">" + e(t.get("notCompliant")) + "</span>" + l.violations().stream()
                    .map(v -> "<div class=\"violation\">[" + e(v.ruleId()) + "] " + e(v.message(t.language().locale())) + "</div>")
                    .collect(Collectors.joining());
        }

        /** The provincial (or national) report's summary of each area below it. */
        private void areas() {
            if (report.header().level() == ReportLevel.REGENCY) {
                return;
            }
            Optional<CountTable> cases = report.table(ReportTables.CASES_BY_REGISTRATION);
            Optional<CountTable> victims = report.table(ReportTables.VICTIMS_BY_REGISTRATION);
            if (cases.isEmpty() || victims.isEmpty()) {
                return;
            }
            Map<String, TaskForceLine> byArea = report.taskForces().stream()
                    .collect(Collectors.toMap(l -> l.jurisdiction().value(), Function.identity(), (a, b) -> a));
            out.append("<section id=\"areas\"><h2>").append(e(t.get("section.areas"))).append("</h2>");
            String[] heads = {t.get("col.code"), t.get("col.area"), t.get("col.taskForce"), t.get("col.cases"),
                t.get("col.victims")};
            wideHead(heads);
            CountTable c = cases.get();
            for (int r = 0; r < c.rowKeys().size(); r++) {
                String code = c.rowKeys().get(r);
                TaskForceLine tf = byArea.get(code);
                out.append("<tr>");
                td(heads[0], code);
                td(heads[1], t.key(report, ReportTables.AREA, code));
                td(heads[2], tf == null ? t.get("noTaskForce") : t.get("TASK_FORCE_STATUS." + tf.status().name())
                        + ", " + (tf.compliant() ? t.get("compliant") : t.get("notCompliant")));
                number(heads[3], c.at(Position.cell(r, 0)));
                number(heads[4], victims.get().at(Position.cell(r, 0)));
                out.append("</tr>");
            }
            out.append("<tr class=\"total\">");
            td(heads[0], "");
            td(heads[1], t.get("col.total"));
            td(heads[2], "");
            number(heads[3], c.total());
            number(heads[4], victims.get().total());
            out.append("</tr></tbody></table></section>\n");
        }

        private void plans() {
            out.append("<section id=\"plans\"><h2>").append(e(t.get("section.plans"))).append("</h2>");
            if (report.plans().isEmpty()) {
                out.append("<p>").append(e(t.get("plan.none"))).append("</p>");
            }
            for (PlanSummary plan : report.plans()) {
                out.append("<h3>").append(e(t.get("plan.line", plan.title(),
                        id.gugus.plan.PlanTerms.status(plan.status(), t.language().locale()), plan.version(),
                        t.period(plan.period())))).append("</h3>");
                planLines(t.get("col.cluster"), plan.clusters(), t::cluster, plan);
                planLines(t.get("col.targetGroup"), plan.targetGroups(), g -> t.get("TARGET_GROUP." + g.name()), null);
            }
            out.append("</section>\n");
        }

        private <K> void planLines(String first, ImmutableList<PlanSummary.Line<K>> lines, Function<K, String> name,
                PlanSummary totals) {
            String[] heads = {first, t.get("col.activities"), t.get("col.budget"), t.get("col.realised")};
            wideHead(heads);
            for (PlanSummary.Line<K> l : lines) {
                out.append("<tr>");
                td(heads[0], name.apply(l.key()));
                numberText(heads[1], t.number(l.activities()));
                numberText(heads[2], t.number(l.budget()));
                numberText(heads[3], l.realised() == null ? t.get("notMeasurable") : percent(l.realised()));
                out.append("</tr>");
            }
            if (totals != null) {
                out.append("<tr class=\"total\">");
                td(heads[0], t.get("plan.total"));
                numberText(heads[1], t.number(totals.activities()));
                numberText(heads[2], t.number(totals.budget()));
                td(heads[3], "");
                out.append("</tr>");
            }
            out.append("</tbody></table>");
        }

        private void followUps() {
            FollowUpSummary f = report.followUps();
            out.append("<section id=\"follow-ups\"><h2>").append(e(t.get("section.followUps"))).append("</h2><p>")
                    .append(e(t.get("followUps.summary", f.open(), f.overdue(), f.doneInPeriod()))).append("</p>");
            if (!f.overdueItems().isEmpty()) {
                String[] heads = {t.get("col.area"), t.get("col.task"), t.get("col.assignee"), t.get("col.due")};
                wideHead(heads);
                for (FollowUpSummary.Overdue o : f.overdueItems()) {
                    out.append("<tr>");
                    td(heads[0], report.areaName(o.host().value()));
                    td(heads[1], o.task());
                    td(heads[2], o.assignee());
                    td(heads[3], t.date(o.due()));
                    out.append("</tr>");
                }
                out.append("</tbody></table>");
            }
            out.append("</section>\n");
        }

        private void tables() {
            out.append("<section id=\"cases\"><h2>").append(e(t.get("section.cases"))).append("</h2>");
            for (CountTable table : report.tables()) {
                table(table);
            }
            out.append("</section>\n");
        }

        private void table(CountTable table) {
            out.append("<h3 id=\"").append(e(table.id())).append("\">").append(e(t.title(table))).append("</h3><table class=\"counts\"><thead><tr><th></th>");
            for (int c = 0; c < table.columnKeys().size(); c++) {
                out.append("<th class=\"n\">").append(e(t.header(report, table, c))).append("</th>");
            }
            if (table.shape() == Shape.TWO_WAY) {
                out.append("<th class=\"n\">").append(e(t.get("col.total"))).append("</th>");
            }
            out.append("</tr></thead><tbody>");
            for (int r = 0; r < table.rowKeys().size(); r++) {
                out.append("<tr><td>").append(e(t.key(report, table.rowAxis(), table.rowKeys().get(r)))).append("</td>");
                for (int c = 0; c < table.columnKeys().size(); c++) {
                    cellTd(table.at(Position.cell(r, c)));
                }
                if (table.shape() == Shape.TWO_WAY) {
                    cellTd(table.at(Position.rowTotal(r)));
                }
                out.append("</tr>");
            }
            if (table.shape() != Shape.LIST) {
                out.append("<tr class=\"total\"><td>").append(e(t.get("col.total")));
                if (table.shape() == Shape.MULTI_VALUED) {
                    out.append(" (").append(e(t.get("MEASURE." + table.totalOf()))).append(')');
                }
                out.append("</td>");
                for (int c = 0; c < table.columnTotals().size(); c++) {
                    cellTd(table.at(Position.columnTotal(c)));
                }
                cellTd(table.total());
                out.append("</tr>");
            }
            out.append("</tbody></table>");
        }

        private void cellTd(Cell cell) {
            out.append(cell.isSuppressed() ? "<td class=\"x\">" : "<td class=\"n\">").append(e(t.cell(cell))).append("</td>");
        }

        private void wideHead(String[] heads) {
            out.append("<table class=\"wide\"><thead><tr>");
            for (String h : heads) {
                out.append("<th>").append(e(h)).append("</th>");
            }
            out.append("</tr></thead><tbody>");
        }

        private void td(String label, String text) {
            out.append("<td data-label=\"").append(e(label)).append("\">").append(e(text)).append("</td>");
        }

        private void number(String label, Cell cell) {
            out.append("<td data-label=\"").append(e(label)).append("\" class=\"").append(cell.isSuppressed() ? "x" : "n")
                    .append("\">").append(e(t.cell(cell))).append("</td>");
        }

        private void numberText(String label, String text) {
            out.append("<td data-label=\"").append(e(label)).append("\" class=\"n\">").append(e(text)).append("</td>");
        }

        private String percent(BigDecimal value) {
            return java.text.NumberFormat.getNumberInstance(t.language().locale()).format(value) + " %";
        }
    }

    private static String e(String text) {
        return ESCAPE.escape(text);
    }
}
