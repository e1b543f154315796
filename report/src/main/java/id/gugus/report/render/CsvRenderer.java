package id.gugus.report.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableMap;
import id.gugus.report.Report;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.report.table.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Each table of the report as CSV (Jackson CSV): a line saying whether the report is published
 * or internal (a {@code #} comment, so that CSV readers set to skip comments skip it), a header,
 * then a row per key with its code and name, numbers as plain digits, {@code x} where suppressed,
 * and the totals.
 */
public final class CsvRenderer {
    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvRenderer() {}

    /** Every table, by file name ({@code victims-by-sex.csv}), in the report's order. */
    public static ImmutableMap<String, String> all(Report report, Language language) {
        ImmutableMap.Builder<String, String> files = ImmutableMap.builder();
        for (CountTable table : report.tables()) {
            files.put(table.id() + ".csv", write(report, table, language));
        }
        return files.build();
    }

    public static String write(Report report, CountTable table, Language language) {
        Terms t = Terms.of(language);
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("code", "name"));
        for (int c = 0; c < table.columnKeys().size(); c++) {
            head.add(t.header(report, table, c));
        }
        if (table.shape() == Shape.TWO_WAY) {
            head.add(t.get("col.total"));
        }
        rows.add(head);
        for (int r = 0; r < table.rowKeys().size(); r++) {
            List<String> row = new ArrayList<>(List.of(table.rowKeys().get(r),
                    t.key(report, table.rowAxis(), table.rowKeys().get(r))));
            for (int c = 0; c < table.columnKeys().size(); c++) {
                row.add(plain(table, Position.cell(r, c)));
            }
            if (table.shape() == Shape.TWO_WAY) {
                row.add(plain(table, Position.rowTotal(r)));
            }
            rows.add(row);
        }
        if (table.shape() != Shape.LIST) {
            List<String> total = new ArrayList<>(List.of("TOTAL", t.get("col.total")));
            for (int c = 0; c < table.columnTotals().size(); c++) {
                total.add(plain(table, Position.columnTotal(c)));
            }
            total.add(plain(table, Position.GRAND_TOTAL));
            rows.add(total);
        }
        String note = "# " + t.title(table) + " — " + report.header().name() + " (" + report.header().jurisdiction()
                + "), " + report.header().period() + ": " + (report.header().internal() ? t.get("report.internal")
                : t.get("report.suppressedNote", report.header().k())) + "\n";
        try {
            return note + MAPPER.writer(CsvSchema.emptySchema()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write table " + table.id() + " as CSV", e);
        }
    }

    private static String plain(CountTable table, Position p) {
        return table.at(p).isSuppressed() ? "x" : Long.toString(table.at(p).published());
    }
}
