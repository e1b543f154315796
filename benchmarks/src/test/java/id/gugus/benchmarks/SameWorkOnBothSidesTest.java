package id.gugus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.benchmarks.CaseWorkload.RollUp;
import id.gugus.benchmarks.ScratchDatabase.Server;
import id.gugus.cases.TraffickingCase;
import id.gugus.jurisdiction.AreaCsvLoader;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.storage.jdbc.GugusSchema;
import id.gugus.storage.jdbc.JdbcBackend;
import id.gugus.store.GugusStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ratios mean something only if both sides do the same work: on H2 files, after the same
 * registrations (one by one and in a unit), Gugus and the hand-written baseline return the same
 * cases in the same order for every province's first page (by either kind of reader), the same
 * roll-up counts, and both accept the same optimistic update.
 */
class SameWorkOnBothSidesTest {
    @TempDir
    Path work;

    @Test
    void gugusAndTheBaselineReadTheSameCasesAndCounts() {
        SyntheticCases synthetic = new SyntheticCases(7);
        try (ScratchDatabase gugusDb = ScratchDatabase.create(Server.H2, "gugus", work);
                ScratchDatabase rawDb = ScratchDatabase.create(Server.H2, "raw", work)) {
            GugusSchema.migrate(gugusDb.dataSource(), Server.H2.dialect);
            GugusWorkload gugus = GugusWorkload.on(GugusStore.on(JdbcBackend.create(gugusDb.dataSource(), Server.H2.dialect),
                    Clock.fixed(SyntheticCases.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)));
            GugusWorkload redacted = gugus.readingAs(GugusWorkload.ADMINISTRATOR);
            RawJdbcWorkload raw = RawJdbcWorkload.create(rawDb.dataSource(), Server.H2.dialect);
            gugus.importAreas(AreaCsvLoader.bundled());
            raw.importAreas(AreaCsvLoader.bundled());
            List<TraffickingCase> unit = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                TraffickingCase c = synthetic.nth(i);
                if (i < 20) {
                    gugus.register(c);
                    raw.register(c);
                } else {
                    unit.add(c);
                }
            }
            gugus.registerAll(unit);
            raw.registerAll(unit);
            gugus.advance(synthetic.nth(3));
            raw.advance(synthetic.nth(3));

            int nonEmpty = 0;
            for (JurisdictionCode province : synthetic.provinces()) {
                var page = raw.page(province, DatabaseRun.PAGE_SIZE);
                assertThat(gugus.page(province, DatabaseRun.PAGE_SIZE)).as("page of %s", province).isEqualTo(page);
                assertThat(redacted.page(province, DatabaseRun.PAGE_SIZE)).as("redacted page of %s", province).isEqualTo(page);
                RollUp counted = raw.rollUp(province);
                assertThat(gugus.rollUp(province)).as("roll-up of %s", province).isEqualTo(counted);
                nonEmpty += page.isEmpty() ? 0 : 1;
            }
            assertThat(nonEmpty).as("provinces with cases").isGreaterThan(30);
        }
    }
}
