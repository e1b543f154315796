package id.gugus.report.render;

import id.gugus.report.FollowUpSummary;
import id.gugus.report.PlanSummary;
import id.gugus.report.Report;
import id.gugus.report.TaskForceLine;
import id.gugus.report.table.Cell;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.report.table.Shape;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as a workbook (Apache POI): a sheet of task forces, one per action plan, one of
 * follow-ups, then one sheet per table, named by its id. Numbers are numeric cells, so that they
 * add up in a spreadsheet; a suppressed number is the text {@code x} on grey. The first row of
 * every sheet says whether the report is published under disclosure control or internal.
 */
public final class XlsxRenderer {
    private XlsxRenderer() {}

    public static void write(Report report, Language language, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Book(report, Terms.of(language), workbook).fill();
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook of report " + report.header().jurisdiction(), e);
        }
    }

    private static final class Book {
        private final Report report;
        private final Terms t;
        private final XSSFWorkbook wb;
        private final CellStyle bold;
        private final CellStyle warning;
        private final CellStyle number;
        private final CellStyle suppressed;

        Book(Report report, Terms t, XSSFWorkbook wb) {
            this.report = report;
            this.t = t;
            this.wb = wb;
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            Font red = wb.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.RED.getIndex());
            warning = wb.createCellStyle();
            warning.setFont(red);
            number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            suppressed = wb.createCellStyle();
            suppressed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            suppressed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            suppressed.setAlignment(HorizontalAlignment.RIGHT);
        }

        void fill() {
            taskForces();
            for (int i = 0; i < report.plans().size(); i++) {
                plan(report.plans().get(i), report.plans().size() == 1 ? "rad" : "rad-" + (i + 1));
            }
            followUps();
            for (CountTable table : report.tables()) {
                table(table);
            }
        }

        /** A sheet with the report's status on its first row and the title on its second; returns the next row. */
        private Sheet sheet(String name, String title) {
            Sheet sheet = wb.createSheet(name);
            var h = report.header();
            text(sheet.createRow(0), 0, h.internal() ? t.get("report.internal") : t.get("report.published", h.k(),
                    h.protection()), h.internal() ? warning : null);
            text(sheet.createRow(1), 0, title + " — " + h.name() + " (" + h.jurisdiction() + "), "
                    + t.period(h.period()), bold);
            return sheet;
        }

        private void taskForces() {
            Sheet s = sheet("task-forces", t.get("section.taskForces"));
            header(s, 3, t.get("col.code"), t.get("col.area"), t.get("col.status"), t.get("col.decree"),
                    t.get("col.chair"), t.get("col.dailyChair"), t.get("col.compliance"));
            int r = 4;
            for (TaskForceLine l : report.taskForces()) {
                Row row = s.createRow(r++);
                text(row, 0, l.jurisdiction().value(), null);
                text(row, 1, l.area(), null);
                text(row, 2, t.get("TASK_FORCE_STATUS." + l.status().name()), null);
                text(row, 3, l.decreeStatus() == null ? t.get("none") : t.get("DECREE_STATUS." + l.decreeStatus().name()), null);
                text(row, 4, t.get("POSITION." + l.chair().name()), null);
                text(row, 5, t.get("POSITION." + l.dailyChair().name()), null);
                text(row, 6, l.compliant() ? t.get("compliant") : t.get("notCompliant") + ": " + String.join("; ",
                        l.violations().stream().map(v -> v.format(t.language().locale())).toList()), null);
            }
            widths(s, 8, 28, 14, 14, 22, 22, 40);
        }

        private void plan(PlanSummary plan, String name) {
            Sheet s = sheet(name, t.get("section.plans") + ": " + plan.title());
            header(s, 3, t.get("col.cluster"), t.get("col.activities"), t.get("col.budget"), t.get("col.realised"));
            int r = 4;
            for (PlanSummary.Line<id.gugus.taskforce.Cluster> l : plan.clusters()) {
                r = planLine(s, r, t.cluster(l.key()), l);
            }
            Row total = s.createRow(r++);
            text(total, 0, t.get("plan.total"), bold);
            count(total, 1, plan.activities());
            count(total, 2, plan.budget());
            r++;
            header(s, r++, t.get("col.targetGroup"), t.get("col.activities"), t.get("col.budget"), t.get("col.realised"));
            for (PlanSummary.Line<id.gugus.plan.TargetGroup> l : plan.targetGroups()) {
                r = planLine(s, r, t.get("TARGET_GROUP." + l.key().name()), l);
            }
            widths(s, 50, 12, 18, 12);
        }

        private int planLine(Sheet s, int r, String label, PlanSummary.Line<?> l) {
            Row row = s.createRow(r);
            text(row, 0, label, null);
            count(row, 1, l.activities());
            count(row, 2, l.budget());
            if (l.realised() == null) {
                text(row, 3, t.get("notMeasurable"), null);
            } else {
                row.createCell(3).setCellValue(l.realised().doubleValue());
            }
            return r + 1;
        }

        private void followUps() {
            Sheet s = sheet("follow-ups", t.get("section.followUps"));
            FollowUpSummary f = report.followUps();
            text(s.createRow(3), 0, t.get("followUps.summary", f.open(), f.overdue(), f.doneInPeriod()), null);
            header(s, 5, t.get("col.area"), t.get("col.task"), t.get("col.assignee"), t.get("col.due"));
            int r = 6;
            for (FollowUpSummary.Overdue o : f.overdueItems()) {
                Row row = s.createRow(r++);
                text(row, 0, report.areaName(o.host().value()), null);
                text(row, 1, o.task(), null);
                text(row, 2, o.assignee(), null);
                text(row, 3, o.due().toString(), null);
            }
            widths(s, 26, 60, 40, 12);
        }

        private void table(CountTable table) {
            Sheet s = sheet(table.id(), t.title(table));
            Row head = s.createRow(3);
            text(head, 0, "", bold);
            for (int c = 0; c < table.columnKeys().size(); c++) {
                text(head, c + 1, t.header(report, table, c), bold);
            }
            boolean twoWay = table.shape() == Shape.TWO_WAY;
            if (twoWay) {
                text(head, table.columnKeys().size() + 1, t.get("col.total"), bold);
            }
            int r = 4;
            for (int i = 0; i < table.rowKeys().size(); i++) {
                Row row = s.createRow(r++);
                text(row, 0, t.key(report, table.rowAxis(), table.rowKeys().get(i)), null);
                for (int c = 0; c < table.columnKeys().size(); c++) {
                    cell(row, c + 1, table.at(Position.cell(i, c)));
                }
                if (twoWay) {
                    cell(row, table.columnKeys().size() + 1, table.at(Position.rowTotal(i)));
                }
            }
            if (table.shape() != Shape.LIST) {
                Row row = s.createRow(r++);
                text(row, 0, t.get("col.total"), bold);
                for (int c = 0; c < table.columnTotals().size(); c++) {
                    cell(row, c + 1, table.at(Position.columnTotal(c)));
                }
                // One column: the total sits under it; two-way: in the row totals' column.
                cell(row, table.columnKeys().size() + (twoWay ? 1 : 0), table.total());
            }
            text(s.createRow(r + 1), 0, t.get("report.suppressedNote", report.header().k()), null);
            widths(s, 40, 14, 14, 14);
        }

        private void cell(Row row, int column, Cell value) {
            var c = row.createCell(column);
            if (value.isSuppressed()) {
                c.setCellValue(t.get("report.suppressedMark"));
                c.setCellStyle(suppressed);
            } else {
                c.setCellValue(value.published());
                c.setCellStyle(number);
            }
        }

        private void count(Row row, int column, long value) {
            var c = row.createCell(column);
            c.setCellValue(value);
            c.setCellStyle(number);
        }

        private void header(Sheet s, int r, String... names) {
            Row row = s.createRow(r);
            for (int i = 0; i < names.length; i++) {
                text(row, i, names[i], bold);
            }
        }

        private static void text(Row row, int column, String value, CellStyle style) {
            var c = row.createCell(column);
            c.setCellValue(value);
            if (style != null) {
                c.setCellStyle(style);
            }
        }

        private static void widths(Sheet s, int... characters) {
            for (int i = 0; i < characters.length; i++) {
                s.setColumnWidth(i, characters[i] * 256);
            }
        }
    }
}
