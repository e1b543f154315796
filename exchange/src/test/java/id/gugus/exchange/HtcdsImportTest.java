package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.cases.CaseQuery;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;
import org.junit.jupiter.api.Test;

/** The HTCDS import of an export, and of files of other systems, in memory. */
class HtcdsImportTest {
    static GugusStore source(int randomCases) {
        InMemoryBackend backend = new InMemoryBackend();
        ExchangeWorld.seed(backend, randomCases);
        return GugusStore.on(backend, TckFixtures.CLOCK);
    }

    @Test
    void anExportImportsIntoAnEmptyStoreAndExportsTheSame() {
        GugusStore source = source(40);
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());

        HtcdsImported imported = HtcdsRoundTrip.csv(source, target);

        assertThat(imported.cases()).isEqualTo((int) source.cases().count(CaseQuery.all()));
        assertThat(target.cases().count(CaseQuery.all())).isEqualTo(source.cases().count(CaseQuery.all()));
    }

    @Test
    void aJsonLinesExportImportsToo() {
        GugusStore source = source(40);
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());

        HtcdsRoundTrip.jsonLines(source, target);

        assertThat(target.cases().count(CaseQuery.all())).isEqualTo(source.cases().count(CaseQuery.all()));
    }
}
