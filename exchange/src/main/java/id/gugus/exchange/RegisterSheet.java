package id.gugus.exchange;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A register file as rows of cells: the header (row 1) and every row under it that is not
 * empty, numbered as the spreadsheet numbers them. CSV through Jackson (UTF-8, a byte-order
 * mark skipped, comma or semicolon as separator: a spreadsheet set to Indonesian saves CSV with
 * semicolons, since its decimal separator is the comma); XLSX through Apache POI, first sheet.
 */
record RegisterSheet(CaseRegisterImport.Format format, ImmutableList<String> header, ImmutableList<Line> lines) {

    /** One row of data: its number in the spreadsheet and its cells, in the header's order. */
    record Line(int row, ImmutableList<RegisterCell> cells) {
        RegisterCell cell(int index) {
            return index < cells.size() ? cells.get(index) : RegisterCell.EMPTY;
        }

        @Override
        public String toString() {
            return "Line[row=" + row + "]";
        }
    }

    static RegisterSheet csv(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        char separator = separator(buffered);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        Reader reader = new InputStreamReader(buffered, StandardCharsets.UTF_8);
        ImmutableList<String> header = null;
        List<Line> lines = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).with(schema).readValues(reader)) {
            int row = 0;
            while (it.hasNextValue()) {
                List<String> values = it.nextValue();
                row++;
                if (header == null) {
                    header = ImmutableList.copyOf(values.stream().map(v -> v == null ? "" : v.strip()).toList());
                    continue;
                }
                ImmutableList<RegisterCell> cells = values.stream().map(RegisterCell::text)
                        .collect(ImmutableList.toImmutableList());
                if (!cells.stream().allMatch(RegisterCell::isBlank)) {
                    lines.add(new Line(row, cells));
                }
            }
        }
        return new RegisterSheet(CaseRegisterImport.Format.CSV, header == null ? ImmutableList.of() : header,
                ImmutableList.copyOf(lines));
    }

    static RegisterSheet xlsx(InputStream in) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter shown = new DataFormatter();
            ImmutableList<String> header = ImmutableList.of();
            List<Line> lines = new ArrayList<>();
            boolean first = true;
            for (Row r : sheet) {
                ImmutableList.Builder<RegisterCell> cells = ImmutableList.builder();
                int last = Math.max(r.getLastCellNum(), 0);
                for (int i = 0; i < last; i++) {
                    cells.add(cell(r.getCell(i), shown));
                }
                ImmutableList<RegisterCell> row = cells.build();
                if (first) {
                    header = row.stream().map(RegisterCell::text).collect(ImmutableList.toImmutableList());
                    first = false;
                } else if (!row.stream().allMatch(RegisterCell::isBlank)) {
                    lines.add(new Line(r.getRowNum() + 1, row));
                }
            }
            return new RegisterSheet(CaseRegisterImport.Format.XLSX, header, ImmutableList.copyOf(lines));
        }
    }

    private static RegisterCell cell(Cell c, DataFormatter shown) {
        if (c == null) {
            return RegisterCell.EMPTY;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(c)
                    ? new RegisterCell(shown.formatCellValue(c), null, c.getLocalDateTimeCellValue().toLocalDate())
                    : new RegisterCell(shown.formatCellValue(c), c.getNumericCellValue(), null);
            case STRING -> RegisterCell.text(c.getRichStringCellValue().getString());
            case BOOLEAN -> RegisterCell.text(String.valueOf(c.getBooleanCellValue()));
            default -> RegisterCell.EMPTY;
        };
    }

    /** The separator of the header line: a semicolon if it has one and no comma, else a comma. */
    private static char separator(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF)) {
            in.reset();
        }
        in.mark(64 * 1024);
        byte[] start = in.readNBytes(64 * 1024);
        in.reset();
        String text = new String(start, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
    }

    /** A date as the to-fix file writes it, in the register's own format. */
    static String text(RegisterCell cell) {
        LocalDate d = cell.date();
        return d == null ? cell.text() : String.format("%02d-%02d-%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
