package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.cases.CaseQuery;
import id.gugus.storage.jdbc.JdbcBackend;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.store.GugusStore;
import id.gugus.testing.ServerDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The HTCDS round trip memory -> H2 -> PostgreSQL -> MariaDB -> memory: at every step the export
 * of the store imported into equals the export of the store exported from, and a refused file
 * leaves a database without a case. The servers are those of the other exchange tests: away, the
 * test is skipped with a message (a failure with GUGUS_REQUIRE_DATABASES=true).
 */
class HtcdsImportOnDatabasesTest {
    @Test
    void casesGoThroughEveryBackEndByHtcdsAndComeBackTheSame() {
        GugusStore first = HtcdsImportTest.source(40);
        long count = first.cases().count(CaseQuery.all());
        try (JdbcBackend h2 = JdbcBackend.h2InMemory("htcds-" + UUID.randomUUID());
                ServerDatabase pg = ServerDatabase.create(ServerDatabase.Kind.POSTGRES);
                ServerDatabase maria = ServerDatabase.create(ServerDatabase.Kind.MARIADB)) {
            GugusStore inH2 = HtcdsRoundTrip.emptyTarget(h2);
            GugusStore inPg = HtcdsRoundTrip.emptyTarget(pg.backend());
            GugusStore inMaria = HtcdsRoundTrip.emptyTarget(maria.backend());
            GugusStore last = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());

            assertThat(HtcdsRoundTrip.csv(first, inH2).cases()).isEqualTo(count);
            assertThat(HtcdsRoundTrip.jsonLines(inH2, inPg).cases()).isEqualTo(count);
            assertThat(HtcdsRoundTrip.csv(inPg, inMaria).cases()).isEqualTo(count);
            assertThat(HtcdsRoundTrip.jsonLines(inMaria, last).cases()).isEqualTo(count);
            assertThat(HtcdsRoundTrip.byCase(HtcdsExportTest.csv(last.as(HtcdsRoundTrip.WORKER))))
                    .isEqualTo(HtcdsRoundTrip.byCase(HtcdsExportTest.csv(first.as(HtcdsRoundTrip.WORKER))));
        }
    }

    @Test
    void aFileRefusedByTheStoreLeavesEveryDatabaseWithoutACase() throws IOException {
        GugusStore source = HtcdsImportTest.source(20);
        List<List<String>> rows = new ArrayList<>(HtcdsExportTest.readCsv(HtcdsExportTest.csv(source.as(HtcdsRoundTrip.WORKER))));
        // The last case names an area the target does not hold: every case before it is checked, saved in the
        // unit of work, and rolled back.
        int number = rows.get(0).indexOf(HtcdsField.CASE_NUMBER.header());
        int area = rows.get(0).indexOf(HtcdsField.REGISTERED_IN.header());
        String last = rows.get(rows.size() - 1).get(number);
        rows.stream().filter(r -> r.get(number).equals(last)).forEach(r -> r.set(area, "61.99"));
        byte[] damaged = HtcdsDamagedFileTest.writeCsv(rows);
        try (JdbcBackend h2 = JdbcBackend.h2InMemory("htcds-refused-" + UUID.randomUUID());
                ServerDatabase pg = ServerDatabase.create(ServerDatabase.Kind.POSTGRES);
                ServerDatabase maria = ServerDatabase.create(ServerDatabase.Kind.MARIADB)) {
            for (GugusStore target : new GugusStore[] {HtcdsRoundTrip.emptyTarget(h2),
                    HtcdsRoundTrip.emptyTarget(pg.backend()), HtcdsRoundTrip.emptyTarget(maria.backend())}) {
                assertThatThrownBy(() -> HtcdsImport.csv(target.as(HtcdsRoundTrip.WORKER),
                        new ByteArrayInputStream(damaged), HtcdsImportDefaults.NONE,
                        Progress.NONE)).isInstanceOf(id.gugus.error.ReferenceException.class);
                assertThat(target.cases().count(CaseQuery.all())).isZero();
            }
        }
    }
}
