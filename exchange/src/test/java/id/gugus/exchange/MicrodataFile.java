package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Contact;
import id.gugus.cases.IdentityDocument;
import id.gugus.cases.PersonalData;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.security.Actor;
import id.gugus.store.GugusStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A microdata file read back with Jackson, and the checks an attacker would make of it: the
 * equivalence classes of the file as written, the rows consistent with what is known of a victim,
 * and the personal values of the store that must not appear.
 */
record MicrodataFile(List<String> headers, List<MicrodataFile.Row> rows, MicrodataSummary summary) {
    /** One row of the file: its cells, named through the header line. */
    record Row(List<String> cells, Map<String, Integer> columns) {
        String get(String header) {
            return cells.get(columns.get(header));
        }

        java.util.Collection<String> values() {
            return cells;
        }
    }

    /** Exports {@code store}'s cases with {@code settings} and reads the file back. */
    static MicrodataFile export(GugusStore store, MicrodataSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MicrodataSummary summary = CtdcMicrodata.csv(store, CaseQuery.all(), settings, out, Progress.NONE);
        return read(out.toByteArray(), summary);
    }

    /** Exports, as the application for {@code requester}, the cases in the requester's scope, and reads the file back. */
    static MicrodataFile exportFor(GugusStore application, Actor requester, MicrodataSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MicrodataSummary summary = CtdcMicrodata.csvFor(application, requester, CaseQuery.all(), settings, out, Progress.NONE);
        return read(out.toByteArray(), summary);
    }

    /** Reads the file as arrays of cells, equal cells shared, so that a file of 250,000 rows fits in a test's heap. */
    static MicrodataFile read(byte[] file, MicrodataSummary summary) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Row> rows = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        Map<String, String> shared = new HashMap<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(file)) {
            while (it.hasNext()) {
                String[] cells = it.next();
                if (headers.isEmpty()) {
                    headers.addAll(List.of(cells));
                    for (int i = 0; i < cells.length; i++) {
                        columns.put(cells[i], i);
                    }
                    continue;
                }
                assertThat(cells).hasSize(headers.size());
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = shared.computeIfAbsent(cells[i], c -> c);
                }
                rows.add(new Row(List.of(cells), columns));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MicrodataFile(headers, rows, summary);
    }

    /** A row's texts of the quasi-identifiers, in {@link QuasiIdentifier} order. */
    static List<String> classOf(Row row) {
        return Stream.of(QuasiIdentifier.values()).map(q -> row.get(q.header())).toList();
    }

    /** The equivalence classes of the file and their sizes. */
    Map<List<String>, Integer> classes() {
        Map<List<String>, Integer> classes = new HashMap<>();
        rows.forEach(r -> classes.merge(classOf(r), 1, Integer::sum));
        return classes;
    }

    /** Every class of the file holds at least k rows. */
    void assertKAnonymous(int k) {
        assertThat(classes()).allSatisfy((c, n) -> assertThat(n).as("class %s", c).isGreaterThanOrEqualTo(k));
    }

    /**
     * For every victim of the store (read as the application, unredacted), the rows whose every
     * quasi-identifier is empty or the victim's own value at the file's level: none, or k or more.
     * Victims with the same true values have the same answer, so it is counted once per value.
     *
     * @return the victims checked
     */
    long assertNoVictimSingledOut(GugusStore truth, int k) {
        Map<List<String>, Integer> classes = classes();
        Map<List<String>, Long> consistentRows = new HashMap<>();
        long[] checked = {0};
        truth.cases().stream(CaseQuery.all()).forEach(c -> {
            for (Victim v : c.victims()) {
                List<String> known = knownOf(c, v);
                long n = consistentRows.computeIfAbsent(known, kv -> consistent(kv, classes));
                assertThat(n).as("rows consistent with a victim of %s", c.number()).matches(x -> x == 0 || x >= k);
                checked[0]++;
            }
        });
        return checked[0];
    }

    /** What the attacker knows of the victim, generalised to the file's levels. */
    private List<String> knownOf(TraffickingCase c, Victim v) {
        return Stream.of(QuasiIdentifier.values()).map(q -> q.text(c, v, summary.attribute(q).level())).toList();
    }

    private static long consistent(List<String> known, Map<List<String>, Integer> classes) {
        long n = 0;
        for (Map.Entry<List<String>, Integer> e : classes.entrySet()) {
            boolean all = true;
            for (int i = 0; i < known.size() && all; i++) {
                String text = e.getKey().get(i);
                all = text.isEmpty() || text.equals(known.get(i));
            }
            if (all) {
                n += e.getValue();
            }
        }
        return n;
    }

    /**
     * No value in the file is a name, NIK, contact, address, case number, victim or case id,
     * birth or report date of the store, and no column is named for one.
     */
    void assertNoPersonalValue(GugusStore truth) {
        assertThat(headers).isEqualTo(CtdcMicrodata.headers());
        assertThat(headers).noneMatch(h -> h.matches("(?i).*(name|nik|identity|phone|contact|address|street|birth|date|number|victimid|caseid|owner).*"));
        Set<String> cells = new HashSet<>();
        rows.forEach(r -> cells.addAll(r.values()));
        assertThat(cells).noneMatch(t -> t.matches(".*\\d{4}-\\d{2}-\\d{2}.*") || t.matches(".*\\d{16}.*"));
        truth.cases().stream(CaseQuery.all()).forEach(c -> {
            Set<String> secret = new HashSet<>(List.of(c.number().value(), c.id().toString(), c.reportedOn().toString()));
            for (Victim v : c.victims()) {
                PersonalData p = v.personal();
                // The personal values themselves: their records' toString is redacted.
                Stream.of(
                        Stream.of(p.name() == null ? null : p.name().full(), p.name() == null ? null : p.name().known(),
                                p.nik() == null ? null : p.nik().value(), p.address() == null ? null : p.address().text()),
                        p.contacts().stream().map(Contact::value),
                        p.documents().stream().map(IdentityDocument::number),
                        Stream.of(v.birthDate(), v.id(), v.traffickedOn()).map(x -> x == null ? null : x.toString()))
                        .flatMap(x -> x)
                        .filter(x -> x != null).filter(s -> !s.isBlank()).forEach(secret::add);
            }
            assertThat(cells).as("values of %s", c.number()).doesNotContainAnyElementsOf(secret);
        });
    }
}
