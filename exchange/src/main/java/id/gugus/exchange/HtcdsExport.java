package id.gugus.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.security.Permission;
import id.gugus.store.GugusStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Export of cases in the HTCDS 2.0 field set ({@link HtcdsField}), one row per victim in a case as
 * HTCDS counts them, as CSV with a header line or as JSON Lines (one object per line, empty
 * fields left out).
 *
 * <p>The cases are read through {@code store}, as its {@link GugusStore#actor() actor}: only the
 * cases in the actor's scope, refused (and the refusal audited) without
 * {@link Permission#READ_CASES}, the reading of personal data audited by the store page by page.
 * Without {@link Permission#READ_PERSONAL_DATA} every {@link HtcdsField#personal() personal}
 * field is empty. Memory stays flat: cases are streamed a page at a time and written a row at a time.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("kalbar-htcds.csv"))) {
 *     long rows = HtcdsExport.csv(store.as(caseWorker), CaseQuery.all(), out, Progress.NONE);
 * }
 * }</pre>
 */
public final class HtcdsExport {
    /** The progress part name reported to {@link Progress}. */
    static final String PART = "htcds";
    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private HtcdsExport() {}

    /**
     * The CSV schema of an export: every {@link HtcdsField} in order. The header line is written as
     * the first row, not by the schema, so that a file of no cases still names its columns.
     */
    static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(false);
        for (HtcdsField f : HtcdsField.values()) {
            b.addColumn(f.header());
        }
        return b.build();
    }

    /**
     * Writes the cases matching {@code query} that the store's actor may read to {@code out} as CSV
     * (UTF-8, header line, RFC 4180 quoting); {@code out} is flushed, not closed.
     *
     * @return the number of rows (victims) written
     * @throws id.gugus.error.AccessDeniedException if the actor may not read cases; nothing is written
     */
    public static long csv(GugusStore store, CaseQuery query, OutputStream out, Progress progress) {
        Objects.requireNonNull(out, "out");
        return export(store, query, progress, () -> {
            SequenceWriter writer = CSV.writer(schema()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out);
            writer.write(headers());
            return writer;
        }, row -> new ArrayList<>(row.values()));
    }

    /**
     * Writes the cases matching {@code query} that the store's actor may read to {@code out} as
     * JSON Lines (UTF-8, one object per victim, keys the {@link HtcdsField#header() HTCDS names},
     * empty fields left out); {@code out} is flushed, not closed.
     *
     * @return the number of lines (victims) written
     * @throws id.gugus.error.AccessDeniedException if the actor may not read cases; nothing is written
     */
    public static long jsonLines(GugusStore store, CaseQuery query, OutputStream out, Progress progress) {
        Objects.requireNonNull(out, "out");
        return export(store, query, progress, () -> JSON.writer().withRootValueSeparator("\n").writeValues(out), row -> {
            Map<String, String> present = new LinkedHashMap<>();
            row.forEach((k, v) -> {
                if (!v.isEmpty()) {
                    present.put(k, v);
                }
            });
            return present;
        });
    }

    /** Opens a writer of rows. */
    private interface Opener {
        SequenceWriter open() throws IOException;
    }

    /** Turns a row (header to text, in column order) into what the writer writes. */
    private interface Shape {
        Object of(Map<String, String> row);
    }

    private static long export(GugusStore store, CaseQuery query, Progress progress, Opener opener, Shape shape) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(progress, "progress");
        // The stream refuses an actor without READ_CASES here, before the file is begun.
        var cases = store.cases().stream(query);
        boolean personal = store.actor().has(Permission.READ_PERSONAL_DATA);
        long total = store.cases().count(query);
        long[] done = {0, 0};
        try (SequenceWriter writer = opener.open()) {
            cases.forEachOrdered(c -> {
                for (Victim v : c.victims()) {
                    write(writer, shape.of(row(c, v, personal)));
                    done[1]++;
                }
                if (++done[0] % StoreWalk.PAGE_SIZE == 0) {
                    progress.update(PART, done[0], total);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the HTCDS export", e);
        }
        progress.update(PART, done[0], total);
        return done[1];
    }

    private static void write(SequenceWriter writer, Object row) {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the HTCDS export", e);
        }
    }

    /** One victim's row: header to text, in {@link HtcdsField} order; personal fields empty unless allowed. */
    static Map<String, String> row(TraffickingCase trafficking, Victim victim, boolean personal) {
        Map<String, String> row = new LinkedHashMap<>();
        for (HtcdsField f : HtcdsField.values()) {
            row.put(f.header(), f.personal() && !personal ? "" : f.valueOf(trafficking, victim));
        }
        return row;
    }

    /** The {@link HtcdsField#header() headers}, in file order. */
    public static List<String> headers() {
        return Arrays.stream(HtcdsField.values()).map(HtcdsField::header).toList();
    }
}
