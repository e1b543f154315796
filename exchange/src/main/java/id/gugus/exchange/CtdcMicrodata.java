package id.gugus.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.error.ValidationException;
import id.gugus.security.Actor;
import id.gugus.security.Permission;
import id.gugus.security.Role;
import id.gugus.store.GugusStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Anonymised microdata in the style of IOM's Counter Trafficking Data Collaborative (CTDC): one
 * CSV row per victim, CTDC's column names ({@link MicrodataRow}), no name, NIK, contact, address,
 * id, case number or date, and the {@link QuasiIdentifier quasi-identifiers} (year, gender, age
 * band, citizenship, origin area, exploitation, country of exploitation) generalised and
 * suppressed ({@link Generalisation}) until every combination of them in the file is shared by at
 * least k victims ({@link MicrodataSettings}, k = 11 by default as CTDC's). The
 * {@link MicrodataSummary} returned says what was generalised and suppressed.
 *
 * <p>Who may make it: {@link #csv} reads as the store's actor, which needs
 * {@link Permission#READ_STATISTICS} (checked first, as the store checks it for statistics) and
 * {@link Permission#READ_CASES}, as a report does; the cases are read redacted
 * ({@code streamRedacted}: no personal data is read, nothing is audited as a read of it), inside
 * the actor's scope only. An actor with the statistics permission only (a {@link Role#VIEWER})
 * cannot read cases through the store, and rightly: so the application, whose store acts as
 * {@link Actor#SYSTEM}, makes the file on its behalf with {@link #csvFor}, which checks the
 * requester's statistics permission (refused with {@link id.gugus.error.AccessDeniedException}
 * and the refusal audited, as the store refuses statistics) and reads redacted within the
 * requester's scope. The file then tells no more of a person than tables of counts of k or more.
 *
 * <p>Two passes over the cases: the first keeps each victim's quasi-identifiers in memory (about
 * 70 bytes a victim, see {@link Generalisation}) to choose the levels; the second writes the rows
 * a page of cases at a time. The store is no snapshot: if the cases change between the passes,
 * the export stops with {@code MICRODATA-STORE-CHANGED} and what was written must be discarded.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("kalbar-ctdc.csv"))) {
 *     MicrodataSummary summary = CtdcMicrodata.csvFor(applicationStore, viewer, CaseQuery.all(),
 *             MicrodataSettings.DEFAULT, out, Progress.NONE);
 *     System.out.println(summary.describe(Locale.forLanguageTag("id")));
 * }
 * }</pre>
 */
public final class CtdcMicrodata {
    /** The progress part of the first pass (reading the quasi-identifiers). */
    static final String READ_PART = "microdata-read";
    /** The progress part of the second pass (writing the rows). */
    static final String WRITE_PART = "microdata";
    private static final CsvMapper CSV = new CsvMapper();

    private CtdcMicrodata() {}

    /** The column names of a microdata file, in file order. */
    public static List<String> headers() {
        return MicrodataRow.headers();
    }

    /**
     * Writes the victims of the cases matching {@code query} in the store's actor's scope to
     * {@code out} as anonymised CSV (UTF-8, header line, RFC 4180 quoting); {@code out} is
     * flushed, not closed. {@code progress} hears of the first pass as {@code microdata-read} and
     * of the second as {@code microdata}, in cases.
     *
     * @return what was generalised and suppressed
     * @throws id.gugus.error.AccessDeniedException if the actor may not read statistics or cases; nothing is written
     * @throws ValidationException {@code MICRODATA-STORE-CHANGED} if the cases changed during the export
     */
    public static MicrodataSummary csv(GugusStore store, CaseQuery query, MicrodataSettings settings, OutputStream out,
            Progress progress) {
        Objects.requireNonNull(store, "store");
        return export(store, store, query, settings, out, progress);
    }

    /**
     * {@link #csv} made by the application for {@code requester}, who needs only
     * {@link Permission#READ_STATISTICS}: the cases matching {@code query} in the requester's
     * scope, read redacted.
     *
     * @param application the store acting as {@link Actor#SYSTEM} (or another actor that may act as others)
     * @return what was generalised and suppressed
     * @throws id.gugus.error.AccessDeniedException if the requester may not read statistics (the
     *     refusal audited under the requester), or the application's actor may not act as another; nothing is written
     * @throws ValidationException {@code MICRODATA-STORE-CHANGED} if the cases changed during the export
     */
    public static MicrodataSummary csvFor(GugusStore application, Actor requester, CaseQuery query, MicrodataSettings settings,
            OutputStream out, Progress progress) {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(requester, "requester");
        GugusStore asRequester = application.as(requester);
        // Only streamRedacted is called on the reader: no personal data; no case leaves this class but as k-anonymous rows.
        GugusStore reader = requester.has(Permission.READ_CASES) ? asRequester
                : application.as(Actor.of(requester.id(), requester.scope(), Role.ADMINISTRATOR));
        return export(asRequester, reader, query, settings, out, progress);
    }

    private static MicrodataSummary export(GugusStore gate, GugusStore reader, CaseQuery query, MicrodataSettings settings,
            OutputStream out, Progress progress) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        // The statistics permission, refused and audited exactly as the store's statistics refuse it.
        long cases = gate.cases().count(query);
        // Refused here, before the file is begun, for an actor who may not read cases.
        reader.cases().streamRedacted(query);

        Generalisation generalisation = new Generalisation();
        walk(reader, query, cases, READ_PART, progress, (c, v) -> generalisation.add(raw(c, v)));
        int victims = generalisation.size();
        Generalisation.Plan plan = generalisation.plan(settings.k(), settings.maxSuppressed(victims));
        // Suppressed victims share one row of empty quasi-identifiers: fewer than k of them would be a small class.
        boolean withhold = plan.suppressed() < settings.k();
        FileTally tally = new FileTally();
        int[] index = {0};
        try (SequenceWriter writer = CSV.writer(schema()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            writer.write(headers());
            walk(reader, query, cases, WRITE_PART, progress, (c, v) -> {
                String[] raw = raw(c, v);
                int i = index[0]++;
                if (i >= victims || !generalisation.get(i).sameAs(raw)) {
                    throw changed(victims, i + 1);
                }
                boolean suppressed = plan.suppresses(generalisation.get(i));
                if (suppressed && withhold) {
                    tally.withheld++;
                    return;
                }
                Map<String, String> row = MicrodataRow.row(c, v, plan.levels(), suppressed, raw);
                tally.add(row, suppressed);
                write(writer, new ArrayList<>(row.values()));
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the microdata", e);
        }
        if (index[0] != victims) {
            throw changed(victims, index[0]);
        }
        return tally.summary(settings, victims, plan);
    }

    /** A victim in its case. */
    private interface VictimVisitor {
        void visit(TraffickingCase trafficking, Victim victim);
    }

    private static void walk(GugusStore reader, CaseQuery query, long cases, String part, Progress progress, VictimVisitor visitor) {
        long[] done = {0};
        Consumer<TraffickingCase> each = c -> {
            for (Victim v : c.victims()) {
                visitor.visit(c, v);
            }
            if (++done[0] % StoreWalk.PAGE_SIZE == 0) {
                progress.update(part, done[0], cases);
            }
        };
        reader.cases().streamRedacted(query).forEachOrdered(each);
        progress.update(part, done[0], cases);
    }

    private static String[] raw(TraffickingCase c, Victim v) {
        QuasiIdentifier[] qs = QuasiIdentifier.values();
        String[] raw = new String[qs.length];
        for (QuasiIdentifier q : qs) {
            raw[q.ordinal()] = q.raw(c, v);
        }
        return raw;
    }

    private static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(false);
        headers().forEach(b::addColumn);
        return b.build();
    }

    private static void write(SequenceWriter writer, List<String> row) {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the microdata", e);
        }
    }

    private static ValidationException changed(int first, int second) {
        return ValidationException.invalidValue(MicrodataRule.STORE_CHANGED, "cases", first, second);
    }

    /** What the written rows hold: their classes and, per quasi-identifier, the texts written. */
    private static final class FileTally {
        private final Map<List<String>, Integer> classes = new HashMap<>();
        private final List<Set<String>> texts = new ArrayList<>();
        long rows;
        long suppressed;
        long withheld;

        FileTally() {
            for (int i = 0; i < QuasiIdentifier.values().length; i++) {
                texts.add(new HashSet<>());
            }
        }

        void add(Map<String, String> row, boolean wasSuppressed) {
            List<String> key = new ArrayList<>();
            for (QuasiIdentifier q : QuasiIdentifier.values()) {
                String text = row.get(q.header());
                key.add(text);
                texts.get(q.ordinal()).add(text);
            }
            classes.merge(key, 1, Integer::sum);
            rows++;
            if (wasSuppressed) {
                suppressed++;
            }
        }

        MicrodataSummary summary(MicrodataSettings settings, int victims, Generalisation.Plan plan) {
            ImmutableList.Builder<MicrodataSummary.Attribute> attributes = ImmutableList.builder();
            for (QuasiIdentifier q : QuasiIdentifier.values()) {
                int level = plan.levels()[q.ordinal()];
                // At the top every value is empty anyway: nothing more was suppressed.
                long values = level == q.top() ? 0 : suppressed;
                attributes.add(new MicrodataSummary.Attribute(q, level, texts.get(q.ordinal()).size(), values));
            }
            int smallest = classes.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            return new MicrodataSummary(settings.k(), victims, rows, suppressed, withheld, classes.size(), smallest,
                    attributes.build());
        }
    }
}
