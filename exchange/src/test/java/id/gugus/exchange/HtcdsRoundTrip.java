package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.spi.StorageBackend;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.storage.tck.TckWorld;
import id.gugus.store.GugusStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Export, import into an empty store, export again: the two files must hold the same rows. Case
 * ids are not carried and the export orders cases of one report date by id, so the files are
 * compared case by case (rows of a case in order), not byte for byte; a case's rows, every column
 * of them, must be byte-equal.
 */
final class HtcdsRoundTrip {
    static final Actor WORKER = Actor.national("kemenpppa/worker", Role.CASE_WORKER);

    private HtcdsRoundTrip() {}

    /** A target store (as the system) with the reference data the cases name (areas, agencies), and no case. */
    static GugusStore emptyTarget(StorageBackend backend) {
        GugusStore target = GugusStore.on(backend, TckFixtures.CLOCK);
        TckWorld.seed(target);
        return target;
    }

    /** CSV of {@code source} imported into {@code target}; asserts the export of the target equals the source's. */
    static HtcdsImported csv(GugusStore source, GugusStore target) {
        byte[] before = HtcdsExportTest.csv(source.as(WORKER));
        HtcdsImported imported = HtcdsImport.csv(target.as(WORKER), new ByteArrayInputStream(before), HtcdsImportDefaults.NONE,
                Progress.NONE);
        byte[] after = HtcdsExportTest.csv(target.as(WORKER));
        assertThat(byCase(after)).isEqualTo(byCase(before));
        return imported;
    }

    /** JSON Lines of {@code source} imported into {@code target}; the CSV exports of both must then agree. */
    static HtcdsImported jsonLines(GugusStore source, GugusStore target) {
        byte[] before = HtcdsExportTest.jsonLines(source.as(WORKER));
        HtcdsImported imported = HtcdsImport.jsonLines(target.as(WORKER), new ByteArrayInputStream(before),
                HtcdsImportDefaults.NONE, Progress.NONE);
        assertThat(byCase(HtcdsExportTest.csv(target.as(WORKER)))).isEqualTo(byCase(HtcdsExportTest.csv(source.as(WORKER))));
        return imported;
    }

    /** The header, then case number to the rows of the case, in file order. */
    static Map<String, List<List<String>>> byCase(byte[] csv) {
        try {
            List<List<String>> rows = HtcdsExportTest.readCsv(csv);
            Map<String, List<List<String>>> cases = new TreeMap<>();
            cases.put("", List.of(rows.get(0)));
            int number = rows.get(0).indexOf(HtcdsField.CASE_NUMBER.header());
            for (List<String> row : rows.subList(1, rows.size())) {
                cases.computeIfAbsent(row.get(number), n -> new ArrayList<>()).add(row);
            }
            return new LinkedHashMap<>(cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
