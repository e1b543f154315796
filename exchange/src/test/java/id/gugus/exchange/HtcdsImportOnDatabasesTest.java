package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.cases.CaseQuery;
import id.gugus.storage.jdbc.JdbcBackend;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.store.GugusStore;
import id.gugus.testing.ServerDatabase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
    void aFileRefusedByTheStoreLeavesEveryDatabaseWithoutACase() {
        GugusStore source = HtcdsImportTest.source(20);
        String file = new String(HtcdsExportTest.csv(source.as(HtcdsRoundTrip.WORKER)), StandardCharsets.UTF_8);
        // The last row names an area the target does not hold: every case before it is checked, saved in the
        // unit of work, and rolled back.
        int lastLine = file.lastIndexOf('\n', file.length() - 2);
        String last = file.substring(lastLine + 1);
        String damaged = file.substring(0, lastLine + 1) + last.replaceFirst(",61(\\.\\d\\d)?,", ",61.99,");
        assertThat(damaged).isNotEqualTo(file);
        try (JdbcBackend h2 = JdbcBackend.h2InMemory("htcds-refused-" + UUID.randomUUID());
                ServerDatabase pg = ServerDatabase.create(ServerDatabase.Kind.POSTGRES);
                ServerDatabase maria = ServerDatabase.create(ServerDatabase.Kind.MARIADB)) {
            for (GugusStore target : new GugusStore[] {HtcdsRoundTrip.emptyTarget(h2),
                    HtcdsRoundTrip.emptyTarget(pg.backend()), HtcdsRoundTrip.emptyTarget(maria.backend())}) {
                assertThatThrownBy(() -> HtcdsImport.csv(target.as(HtcdsRoundTrip.WORKER),
                        new ByteArrayInputStream(damaged.getBytes(StandardCharsets.UTF_8)), HtcdsImportDefaults.NONE,
                        Progress.NONE)).isInstanceOf(id.gugus.error.ReferenceException.class);
                assertThat(target.cases().count(CaseQuery.all())).isZero();
            }
        }
    }
}
