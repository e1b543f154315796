package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.cases.CaseQuery;
import id.gugus.error.DuplicateException;
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
    void aFileRefusedByTheStoreInItsUnitOfWorkLeavesEveryDatabaseAsItWas() throws IOException {
        GugusStore source = HtcdsImportTest.source(20);
        List<List<String>> rows = HtcdsExportTest.readCsv(HtcdsExportTest.csv(source.as(HtcdsRoundTrip.WORKER)));
        int number = rows.get(0).indexOf(HtcdsField.CASE_NUMBER.header());
        String last = rows.get(rows.size() - 1).get(number);
        List<List<String>> lastCase = new ArrayList<>();
        lastCase.add(rows.get(0));
        rows.stream().skip(1).filter(r -> r.get(number).equals(last)).forEach(lastCase::add);
        byte[] whole = HtcdsDamagedFileTest.writeCsv(rows);
        byte[] lastOnly = HtcdsDamagedFileTest.writeCsv(lastCase);
        try (JdbcBackend h2 = JdbcBackend.h2InMemory("htcds-refused-" + UUID.randomUUID());
                ServerDatabase pg = ServerDatabase.create(ServerDatabase.Kind.POSTGRES);
                ServerDatabase maria = ServerDatabase.create(ServerDatabase.Kind.MARIADB)) {
            for (GugusStore target : new GugusStore[] {HtcdsRoundTrip.emptyTarget(h2),
                    HtcdsRoundTrip.emptyTarget(pg.backend()), HtcdsRoundTrip.emptyTarget(maria.backend())}) {
                GugusStore worker = target.as(HtcdsRoundTrip.WORKER);
                HtcdsImport.csv(worker, new ByteArrayInputStream(lastOnly), HtcdsImportDefaults.NONE, Progress.NONE);
                // Every case before the last is valid and inserted in the unit; the last one's number is taken.
                assertThatThrownBy(() -> HtcdsImport.csv(worker, new ByteArrayInputStream(whole),
                        HtcdsImportDefaults.NONE, Progress.NONE)).isInstanceOf(DuplicateException.class);
                assertThat(target.cases().count(CaseQuery.all())).isEqualTo(1);
            }
        }
    }
}
