package id.gugus.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import id.gugus.cases.TraffickingCase;
import id.gugus.validation.RuleMessages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The outcome of {@link CaseRegisterImport}: the {@link #report() report}, the cases stored, and,
 * when rows were left out, those rows as a file to fix in the register's own format (CSV or
 * XLSX) with one more column, {@value #PROBLEMS_COLUMN}, naming their problems in Indonesian.
 * The file to fix holds the rows as the user wrote them, personal data included: it goes back to
 * the user who sent the register, never to a log.
 */
public final class CaseRegisterResult {
    /** The header of the column the file to fix adds: the problems of the row, in Indonesian. */
    public static final String PROBLEMS_COLUMN = "masalah";

    private final CaseRegisterReport report;
    private final ImmutableList<TraffickingCase> stored;
    private final CaseRegisterImport.Format format;
    private final ImmutableList<String> header;
    private final ImmutableList<RegisterSheet.Line> toFix;

    CaseRegisterResult(CaseRegisterReport report, ImmutableList<TraffickingCase> stored, CaseRegisterImport.Format format,
            ImmutableList<String> header, ImmutableList<RegisterSheet.Line> toFix) {
        this.report = Objects.requireNonNull(report, "report");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.format = Objects.requireNonNull(format, "format");
        this.header = Objects.requireNonNull(header, "header");
        this.toFix = Objects.requireNonNull(toFix, "toFix");
    }

    /**
     * The report: counts and every problem.
     *
     * @return the report
     */
    public CaseRegisterReport report() {
        return report;
    }

    /**
     * The cases stored, as the store returned them (version 1), in the register's order.
     *
     * @return the stored cases; empty when nothing was stored
     */
    public ImmutableList<TraffickingCase> stored() {
        return stored;
    }

    /**
     * The number of rows the file to fix holds: the rows of every case that was not stored.
     *
     * @return how many rows are left to fix
     */
    public int rowsToFix() {
        return toFix.size();
    }

    /**
     * Writes the rows left to fix, in the register's format (CSV or XLSX), with the header and an
     * added column {@value #PROBLEMS_COLUMN}; {@code out} is flushed, not closed.
     *
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     */
    public void writeToFix(OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            if (format == CaseRegisterImport.Format.XLSX) {
                xlsx(out);
            } else {
                csv(out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(header);
        head.add(PROBLEMS_COLUMN);
        rows.add(head);
        for (RegisterSheet.Line line : toFix) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                row.add(RegisterSheet.text(line.cell(i)));
            }
            row.add(report.problems().stream().filter(p -> p.row() == line.row())
                    .map(p -> p.format(RuleMessages.INDONESIAN)).collect(Collectors.joining("; ")));
            rows.add(row);
        }
        return rows;
    }

    private void csv(OutputStream out) throws IOException {
        try (SequenceWriter writer = new CsvMapper().writer(CsvSchema.emptySchema())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            for (List<String> row : rows()) {
                writer.write(row);
            }
        }
    }

    // Every cell is written as text, so that a NIK stays text when the user opens the file again.
    private void xlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("perbaikan");
            List<List<String>> rows = rows();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            // POI may close the stream it writes to; the caller's stays open.
            workbook.write(new NotClosingStream(out));
        }
    }

    /** Counts only. */
    @Override
    public String toString() {
        return "CaseRegisterResult[stored=" + stored.size() + ", problems=" + report.problems().size()
                + ", rowsToFix=" + toFix.size() + "]";
    }
}
