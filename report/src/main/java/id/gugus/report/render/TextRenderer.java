package id.gugus.report.render;

import com.google.common.base.Strings;
import id.gugus.report.FollowUpSummary;
import id.gugus.report.PlanSummary;
import id.gugus.report.Report;
import id.gugus.report.TaskForceLine;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.report.table.Shape;
import id.gugus.taskforce.TaskForceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The report as plain text lines for a terminal: the same sections as the HTML, tables in columns. */
public final class TextRenderer {
    private TextRenderer() {}

    public static List<String> lines(Report report, Language language) {
        Terms t = Terms.of(language);
        List<String> out = new ArrayList<>();
        var h = report.header();
        if (h.internal()) {
            out.add("*** " + t.get("report.internal") + " ***");
        }
        out.add(t.get("report.level." + h.level().name()) + ": " + h.name() + " (" + h.jurisdiction() + "), "
                + t.get("report.period").toLowerCase(language.locale()) + " " + h.period() + ", "
                + t.get("report.asOf").toLowerCase(language.locale()) + " " + h.asOf());
        if (!h.internal()) {
            out.add(t.get("report.published", h.k(), h.protection()));
        }
        out.add("");
        out.add(t.get("section.taskForces") + " (" + report.taskForces().size() + ")");
        out.add(String.format("  %-6s %-26s %-14s %-18s %-18s %s", t.get("col.code"), t.get("col.area"),
                t.get("col.status"), t.get("col.chair"), t.get("col.dailyChair"), t.get("col.compliance")));
        for (TaskForceLine l : report.taskForces()) {
            out.add(String.format("  %-6s %-26s %-14s %-18s %-18s %s", l.jurisdiction(), l.area(),
                    t.get("TASK_FORCE_STATUS." + l.status().name()), t.get("POSITION." + l.chair().name()),
                    t.get("POSITION." + l.dailyChair().name()), l.compliant()
                            ? (l.reformedOn() == null ? t.get("compliant") : t.get("compliantReformed", l.reformedOn()))
                            : t.get("notCompliant") + ": " + l.violations().stream().map(v -> v.ruleId())
                                    .collect(Collectors.joining(", "))));
        }
        long compliant = report.taskForces().stream().filter(TaskForceLine::compliant).count();
        long established = report.taskForces().stream().filter(l -> l.status() == TaskForceStatus.ESTABLISHED).count();
        out.add("  " + t.get("taskForces.summary", compliant, report.taskForces().size(), established));
        out.add("");
        out.add(t.get("section.plans"));
        if (report.plans().isEmpty()) {
            out.add("  " + t.get("plan.none"));
        }
        for (PlanSummary plan : report.plans()) {
            out.add("  " + t.get("plan.line", plan.title(), id.gugus.plan.PlanTerms.status(plan.status(),
                    language.locale()), plan.version(), plan.period()));
            out.add(String.format("    %-50s %10s %16s %9s", t.get("col.cluster"), t.get("col.activities"),
                    t.get("col.budget"), t.get("col.realised")));
            for (PlanSummary.Line<id.gugus.taskforce.Cluster> l : plan.clusters()) {
                out.add(planLine(t, t.cluster(l.key()), l));
            }
            out.add(String.format("    %-50s %10s %16s", t.get("plan.total"), plan.activities(), t.number(plan.budget())));
            out.add(String.format("    %-50s %10s %16s %9s", t.get("col.targetGroup"), "", "", ""));
            for (PlanSummary.Line<id.gugus.plan.TargetGroup> l : plan.targetGroups()) {
                out.add(planLine(t, t.get("TARGET_GROUP." + l.key().name()), l));
            }
        }
        out.add("");
        FollowUpSummary f = report.followUps();
        out.add(t.get("section.followUps") + ": " + t.get("followUps.summary", f.open(), f.overdue(), f.doneInPeriod()));
        for (FollowUpSummary.Overdue o : f.overdueItems()) {
            out.add("  " + o.due() + "  " + report.areaName(o.host().value()) + ": " + o.task() + " (" + o.assignee() + ")");
        }
        out.add("");
        out.add(t.get("section.cases"));
        for (CountTable table : report.tables()) {
            table(out, t, report, table);
        }
        if (!h.internal()) {
            out.add(t.get("report.suppressedNote", h.k()));
        }
        return out;
    }

    private static String planLine(Terms t, String label, PlanSummary.Line<?> l) {
        return String.format("    %-50s %10d %16s %9s", label, l.activities(), t.number(l.budget()),
                l.realised() == null ? t.get("notMeasurable") : l.realised().toPlainString() + " %");
    }

    private static void table(List<String> out, Terms t, Report report, CountTable table) {
        out.add("  " + t.title(table) + ":");
        int columns = table.columnKeys().size();
        StringBuilder head = new StringBuilder("    " + Strings.padEnd("", 36, ' '));
        for (int c = 0; c < columns; c++) {
            head.append(Strings.padStart(t.header(report, table, c), 16, ' '));
        }
        if (table.shape() == Shape.TWO_WAY) {
            head.append(Strings.padStart(t.get("col.total"), 16, ' '));
        }
        out.add(head.toString().stripTrailing());
        for (int r = 0; r < table.rowKeys().size(); r++) {
            StringBuilder row = new StringBuilder("    ");
            String key = table.rowKeys().get(r);
            String label = table.rowAxis().equals("AREA") && !key.equals("UNKNOWN") ? key + " " + t.key(report,
                    table.rowAxis(), key) : t.key(report, table.rowAxis(), key);
            row.append(Strings.padEnd(label, 36, ' '));
            for (int c = 0; c < columns; c++) {
                row.append(Strings.padStart(t.cell(table, Position.cell(r, c)), 16, ' '));
            }
            if (table.shape() == Shape.TWO_WAY) {
                row.append(Strings.padStart(t.cell(table, Position.rowTotal(r)), 16, ' '));
            }
            out.add(row.toString());
        }
        if (table.shape() != Shape.LIST) {
            StringBuilder total = new StringBuilder("    " + Strings.padEnd(t.get("col.total"), 36, ' '));
            for (int c = 0; c < table.columnTotals().size(); c++) {
                total.append(Strings.padStart(t.cell(table, Position.columnTotal(c)), 16, ' '));
            }
            total.append(Strings.padStart(t.cell(table.total()), 16, ' '));
            out.add(total.toString());
        }
    }
}
