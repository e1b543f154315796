package id.gugus.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rows of an HTCDS file (CSV with a header line, or JSON Lines), read whole, each record's
 * values by {@link HtcdsField}, with the problems of the file's form: unreadable rows, rows of the
 * wrong length, missing, repeated and unknown columns. Values are kept as written (free texts may
 * begin or end with spaces); parsing them is {@link HtcdsRowValues}'s work.
 */
final class HtcdsFile {
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PROGRESS_EVERY = 1000;
    private static final char BOM = '\uFEFF';

    /** One record: its row number (from 1, as a spreadsheet shows it) and its values; an absent column reads as empty. */
    record Row(long number, Map<HtcdsField, String> values) {
        String raw(HtcdsField field) {
            return values.getOrDefault(field, "");
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    /** The columns of a CSV header; empty for JSON Lines, whose lines leave empty fields out. */
    private Optional<Set<HtcdsField>> header = Optional.empty();

    private HtcdsFile() {}

    List<Row> rows() {
        return rows;
    }

    List<ImportProblem> errors() {
        return errors;
    }

    List<ImportProblem> warnings() {
        return warnings;
    }

    /** Whether the file can hold values of {@code field}: its header names it, or it has no header. */
    boolean mayHold(HtcdsField field) {
        return header.map(h -> h.contains(field)).orElse(true);
    }

    /** Columns reported missing for the whole file: their empty values are not reported again row by row. */
    private final Set<HtcdsField> reportedMissing = EnumSet.noneOf(HtcdsField.class);

    void reportedMissing(HtcdsField field) {
        reportedMissing.add(field);
    }

    boolean isReportedMissing(HtcdsField field) {
        return reportedMissing.contains(field);
    }

    /** Whether the file has a header, which then must name every column Gugus needs. */
    boolean hasHeader() {
        return header.isPresent();
    }

    static HtcdsFile csv(InputStream in, Progress progress) {
        HtcdsFile file = new HtcdsFile();
        long number = 0;
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).readValues(in)) {
            List<HtcdsField> columns = null;
            while (true) {
                List<String> record;
                try {
                    if (!it.hasNextValue()) {
                        break;
                    }
                    record = it.nextValue();
                } catch (IOException | RuntimeException e) {
                    // The parser's message may quote the file's text: only the row is reported.
                    file.errors.add(ImportProblem.of(HtcdsImportRule.UNREADABLE, number + 1, "", number + 1, 0));
                    break;
                }
                number++;
                if (columns == null) {
                    columns = file.header(record);
                } else if (record.size() != columns.size()) {
                    file.errors.add(ImportProblem.of(HtcdsImportRule.ROW_LENGTH, number, "", number, record.size(),
                            columns.size()));
                } else {
                    Map<HtcdsField, String> values = new EnumMap<>(HtcdsField.class);
                    for (int i = 0; i < columns.size(); i++) {
                        if (columns.get(i) != null) {
                            values.put(columns.get(i), record.get(i));
                        }
                    }
                    file.add(new Row(number, values), progress);
                }
            }
            if (columns == null) {
                file.header = Optional.of(EnumSet.noneOf(HtcdsField.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the HTCDS file", e);
        }
        return file;
    }

    static HtcdsFile jsonLines(InputStream in, Progress progress) {
        HtcdsFile file = new HtcdsFile();
        Set<String> unknown = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            long number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (number == 1 && !line.isEmpty() && line.charAt(0) == BOM) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                Map<HtcdsField, String> values = file.jsonObject(line, number, unknown);
                if (values == null) {
                    file.errors.add(ImportProblem.of(HtcdsImportRule.UNREADABLE, number, "", number, 1));
                } else {
                    file.add(new Row(number, values), progress);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the HTCDS file", e);
        }
        return file;
    }

    /** The fields of one JSON line; null if it is not an object of text, number or null values. */
    private Map<HtcdsField, String> jsonObject(String line, long number, Set<String> unknown) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
        if (node == null || !node.isObject()) {
            return null;
        }
        Map<HtcdsField, String> values = new EnumMap<>(HtcdsField.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isContainerNode()) {
                return null;
            }
            Optional<HtcdsField> field = HtcdsField.byHeader(e.getKey());
            if (field.isPresent()) {
                values.put(field.get(), e.getValue().isNull() ? "" : e.getValue().asText());
            } else if (unknown.add(e.getKey())) {
                String shown = shownColumn(e.getKey(), values.size() + 1);
                warnings.add(ImportProblem.of(HtcdsImportRule.COLUMN_UNKNOWN, number, shown, shown));
            }
        }
        return values;
    }

    /** The header's fields by position (null for a column Gugus does not import); reports unknown and repeated ones. */
    private List<HtcdsField> header(List<String> names) {
        List<HtcdsField> columns = new ArrayList<>();
        Set<HtcdsField> seen = EnumSet.noneOf(HtcdsField.class);
        for (int i = 0; i < names.size(); i++) {
            String name = i == 0 && !names.get(0).isEmpty() && names.get(0).charAt(0) == BOM
                    ? names.get(0).substring(1) : names.get(i);
            Optional<HtcdsField> field = HtcdsField.byHeader(name.strip());
            if (field.isEmpty()) {
                String shown = shownColumn(name, i + 1);
                warnings.add(ImportProblem.of(HtcdsImportRule.COLUMN_UNKNOWN, 1, shown, shown));
                columns.add(null);
            } else if (!seen.add(field.get())) {
                errors.add(ImportProblem.of(HtcdsImportRule.COLUMN_REPEATED, 1, field.get().header(), field.get().header()));
                columns.add(null);
            } else {
                columns.add(field.get());
            }
        }
        header = Optional.of(seen);
        return columns;
    }

    private void add(Row row, Progress progress) {
        rows.add(row);
        if (rows.size() % PROGRESS_EVERY == 0) {
            progress.update(HtcdsImport.PART, rows.size(), -1);
        }
    }

    /**
     * A column name of the file as shown in a message: only if it has the form of an HTCDS field
     * name ({@code prs_MiddleName}). A file whose first line is a record, not a header, would
     * otherwise put a victim's name in a message; such a column is named by its position.
     */
    private static String shownColumn(String name, int position) {
        return FIELD_NAME.matcher(name.strip()).matches() ? name.strip() : "#" + position;
    }

    private static final Pattern FIELD_NAME = Pattern.compile("[a-z]{2,8}_[A-Za-z0-9]{1,60}");
}
