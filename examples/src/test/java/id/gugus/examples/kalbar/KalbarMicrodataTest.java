package id.gugus.examples.kalbar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.exchange.CtdcMicrodata;
import id.gugus.exchange.MicrodataSettings;
import id.gugus.exchange.MicrodataSummary;
import id.gugus.exchange.Progress;
import id.gugus.exchange.QuasiIdentifier;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.storage.memory.InMemoryStore;
import id.gugus.store.GugusStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "k-anonymity test on the Kalimantan Barat data": the scenario's store, exported as
 * anonymised microdata for a statistician of the province who may read statistics only. Read back
 * with Jackson, every equivalence class of the file holds k rows or more, and for every victim of
 * the store the rows consistent with what one knows of them are none or k or more.
 */
class KalbarMicrodataTest {
    private static final Logger LOG = LoggerFactory.getLogger(KalbarMicrodataTest.class);

    @Test
    void theKalimantanBaratMicrodataAreKAnonymousForEveryKFromThreeToTwenty() throws IOException {
        GugusStore store = InMemoryStore.create(ScenarioClock.CLOCK);
        KalbarScenario.play(store, ScenarioOptions.parse(new String[] {"--memory"}),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Actor statistician = Actor.of("bps-kalbar/statistik", KalbarAreas.PROVINCE, Role.VIEWER);

        for (int k = MicrodataSettings.MIN_K; k <= 20; k++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MicrodataSummary summary = CtdcMicrodata.csvFor(store, statistician, CaseQuery.all(),
                    MicrodataSettings.DEFAULT.withK(k), out, Progress.NONE);
            List<Map<String, String>> rows = read(out.toByteArray());

            Map<List<String>, Integer> classes = new HashMap<>();
            rows.forEach(r -> classes.merge(classOf(r), 1, Integer::sum));
            int kk = k;
            assertThat(classes.values()).as("k = %d", k).allMatch(n -> n >= kk);
            long victims = 0;
            for (TraffickingCase c : store.cases().stream(CaseQuery.all()).toList()) {
                for (Victim v : c.victims()) {
                    List<String> known = new ArrayList<>();
                    for (QuasiIdentifier q : QuasiIdentifier.values()) {
                        known.add(q.text(c, v, summary.attribute(q).level()));
                    }
                    long consistent = classes.entrySet().stream().filter(e -> consistent(e.getKey(), known))
                            .mapToLong(Map.Entry::getValue).sum();
                    assertThat(consistent).as("k = %d, a victim of %s", k, c.number()).matches(n -> n == 0 || n >= kk);
                    victims++;
                }
            }
            assertThat(summary.victims()).isEqualTo(victims).isGreaterThanOrEqualTo(70);
            if (k == MicrodataSettings.DEFAULT.k()) {
                LOG.info("Kalimantan Barat microdata, k = 11:\n{}", summary.describe(Locale.ENGLISH));
                String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
                for (TraffickingCase c : store.cases().stream(CaseQuery.all()).toList()) {
                    assertThat(text).doesNotContain(c.number().value());
                    for (Victim v : c.victims()) {
                        if (v.personal().nik() != null) {
                            assertThat(text).doesNotContain(v.personal().nik().value());
                        }
                        if (v.personal().shownName() != null) {
                            assertThat(text).doesNotContain(v.personal().shownName());
                        }
                    }
                }
            }
        }
    }

    private static boolean consistent(List<String> row, List<String> known) {
        for (int i = 0; i < row.size(); i++) {
            if (!row.get(i).isEmpty() && !row.get(i).equals(known.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> classOf(Map<String, String> row) {
        List<String> key = new ArrayList<>();
        for (QuasiIdentifier q : QuasiIdentifier.values()) {
            key.add(row.get(q.header()));
        }
        return key;
    }

    private static List<Map<String, String>> read(byte[] file) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(file)) {
            String[] headers = it.next();
            assertThat(List.of(headers)).isEqualTo(CtdcMicrodata.headers());
            while (it.hasNext()) {
                String[] cells = it.next();
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < headers.length; i++) {
                    row.put(headers[i], cells[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
