package id.gugus.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.cases.CaseQuery;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.spi.CaseStorage;
import id.gugus.spi.ForwardingCaseStorage;
import id.gugus.spi.ForwardingStorageBackend;
import id.gugus.spi.StorageBackend;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reader who gets redacted copies gets them from {@link CaseStorage#queryWithoutPersonalData}
 * (issue #11), so that a database reads no personal data for them; a reader who sees personal
 * data from {@link CaseStorage#query}. A wrapper written before the redacted read existed, which
 * overrides {@code query} alone, still sees every page read.
 */
class RedactedPagesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T02:00:00Z"), ZoneOffset.ofHours(7));
    private final StoreWorld world = new StoreWorld();
    private final List<String> reads = new ArrayList<>();

    @BeforeEach
    void twoCasesWithPersonalData() {
        world.store.cases().save(StoreWorld.newCase("LP/BARE/1", StoreWorld.SAMBAS, StoreWorld.SITI));
        world.store.cases().save(StoreWorld.newCase("LP/BARE/2", StoreWorld.SAMBAS, StoreWorld.SITI));
    }

    @Test
    void eachReaderGetsThePageFromTheReadThatFitsItsCopies() {
        GugusStore store = GugusStore.on(wrapping(RecordingBothReads::new), CLOCK);

        Page<TraffickingCase> redacted = store.as(StoreWorld.administrator(StoreWorld.KALBAR)).cases()
                .query(CaseQuery.all().within(StoreWorld.KALBAR), PageRequest.first(10));
        Page<TraffickingCase> report = store.as(StoreWorld.caseWorker(StoreWorld.KALBAR)).cases()
                .queryRedacted(CaseQuery.all().within(StoreWorld.KALBAR), PageRequest.first(10));
        Page<TraffickingCase> full = store.as(StoreWorld.caseWorker(StoreWorld.KALBAR)).cases()
                .query(CaseQuery.all().within(StoreWorld.KALBAR), PageRequest.first(10));

        assertThat(reads).containsExactly("queryWithoutPersonalData", "queryWithoutPersonalData", "query");
        assertThat(redacted.items()).hasSize(2).noneMatch(TraffickingCase::holdsPersonalData);
        assertThat(report.items()).isEqualTo(redacted.items());
        assertThat(full.items()).hasSize(2).allMatch(TraffickingCase::holdsPersonalData);
    }

    @Test
    void aWrapperThatOverridesQueryAloneSeesTheRedactedPagesToo() {
        GugusStore store = GugusStore.on(wrapping(RecordingQueries::new), CLOCK);

        Page<TraffickingCase> redacted = store.as(StoreWorld.administrator(StoreWorld.KALBAR)).cases()
                .query(CaseQuery.all().within(StoreWorld.KALBAR), PageRequest.first(10));

        assertThat(reads).containsExactly("query");
        assertThat(redacted.items()).hasSize(2).noneMatch(TraffickingCase::holdsPersonalData);
    }

    /** A wrapper of the case storage, written before the redacted read existed: it records the pages it reads. */
    private class RecordingQueries extends ForwardingCaseStorage {
        private final CaseStorage storage;

        RecordingQueries(CaseStorage storage) {
            this.storage = storage;
        }

        @Override
        protected CaseStorage delegate() {
            return storage;
        }

        @Override
        public Page<TraffickingCase> query(CaseQuery query, PageRequest page) {
            reads.add("query");
            return super.query(query, page);
        }
    }

    /** The same wrapper, which also records the redacted read. */
    private final class RecordingBothReads extends RecordingQueries {
        RecordingBothReads(CaseStorage storage) {
            super(storage);
        }

        @Override
        public Page<TraffickingCase> queryWithoutPersonalData(CaseQuery query, PageRequest page) {
            reads.add("queryWithoutPersonalData");
            return super.queryWithoutPersonalData(query, page);
        }
    }

    private StorageBackend wrapping(Function<CaseStorage, CaseStorage> wrapper) {
        return new ForwardingStorageBackend() {
            @Override
            protected StorageBackend delegate() {
                return world.backend;
            }

            @Override
            public CaseStorage cases() {
                return wrapper.apply(world.backend.cases());
            }
        };
    }
}
