package id.gugus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.PersonalData;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Aggregate;
import id.gugus.error.DuplicateException;
import id.gugus.error.StorageException;
import id.gugus.spi.AggregateStorage;
import id.gugus.spi.AuditStorage;
import id.gugus.spi.ForwardingAggregateStorage;
import id.gugus.spi.ForwardingAuditStorage;
import id.gugus.spi.ForwardingStorageBackend;
import id.gugus.spi.StorageBackend;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bulk path of {@code saveAll} (issue #11, item 3): new aggregates reach the storage through
 * {@link AggregateStorage#insertAll}, in chunks of {@link VersionedWriter#BULK_CHUNK}, each with
 * its audit entries in one append and in one atomic step with them; copies of stored aggregates
 * keep the single path, in their place in the list.
 */
class BulkInsertTest {
    private final StoreWorld world = new StoreWorld();
    /** What reached the storage of cases, in order: "insertAll 500", "insert", "update". */
    private final List<String> writes = new ArrayList<>();
    private final List<Integer> auditAppends = new ArrayList<>();
    private final GugusStore store = GugusStore.on(new Recording(world.backend),
            Clock.fixed(Instant.parse("2026-03-15T02:00:00Z"), ZoneOffset.ofHours(7)));

    @Test
    void newCasesGoToInsertAllInChunksEachWithOneAuditAppend() {
        int count = 2 * VersionedWriter.BULK_CHUNK + 7;
        List<TraffickingCase> batch = cases("LP/CHUNK/", count);

        List<Saved<TraffickingCase>> saved = store.cases().saveAll(batch);

        assertThat(writes).containsExactly("insertAll " + VersionedWriter.BULK_CHUNK,
                "insertAll " + VersionedWriter.BULK_CHUNK, "insertAll 7");
        assertThat(auditAppends).containsExactly(VersionedWriter.BULK_CHUNK, VersionedWriter.BULK_CHUNK, 7);
        assertThat(saved).extracting(s -> s.stored().id()).containsExactlyElementsOf(
                batch.stream().map(TraffickingCase::id).toList());
        assertThat(saved).allMatch(s -> s.stored().version() == 1);
        assertThat(store.cases().count(CaseQuery.all())).isEqualTo(count);
        assertThat(world.backend.auditEntries()).filteredOn(e -> e.action() == AuditAction.CREATE)
                .extracting(AuditEntry::aggregateId)
                .containsExactlyElementsOf(batch.stream().map(c -> c.id().toString()).toList());
    }

    @Test
    void anUpdateInTheListIsSavedAloneInItsPlace() {
        TraffickingCase stored = store.cases().save(StoreWorld.newCase("LP/MIX/STORED", StoreWorld.SAMBAS, PersonalData.NONE))
                .stored();
        writes.clear();
        List<TraffickingCase> fresh = cases("LP/MIX/", 3);

        List<Saved<TraffickingCase>> saved = store.cases().saveAll(List.of(fresh.get(0), fresh.get(1),
                stored.withReportedOn(stored.reportedOn().minusDays(1)), fresh.get(2)));

        assertThat(writes).containsExactly("insertAll 2", "update", "insertAll 1");
        assertThat(saved).extracting(s -> s.stored().version()).containsExactly(1L, 1L, 2L, 1L);
    }

    @Test
    void aChunkWhoseAuditAppendFailsIsNotStored() {
        List<TraffickingCase> batch = cases("LP/LOST/", 3);
        world.backend.breakAuditLog();

        assertThatThrownBy(() -> store.cases().saveAll(batch)).isInstanceOf(StorageException.class);

        world.backend.repairAuditLog();
        assertThat(store.cases().count(CaseQuery.all())).isZero();
        assertThat(world.backend.auditEntries()).noneMatch(e -> e.action() == AuditAction.CREATE);
    }

    @Test
    void aNumberTakenInsideTheBatchIsADuplicateAndNothingIsStored() {
        List<TraffickingCase> batch = new ArrayList<>(cases("LP/TWICE/", 2));
        batch.add(StoreWorld.newCase("LP/TWICE/1", StoreWorld.SAMBAS, PersonalData.NONE));

        assertThatThrownBy(() -> store.cases().saveAll(batch)).isInstanceOf(DuplicateException.class)
                .hasMessageContaining("LP/TWICE/1");

        assertThat(store.cases().count(CaseQuery.all())).isZero();
        assertThat(store.cases().findByNumber(CaseNumber.of("LP/TWICE/0"))).isEmpty();
    }

    @Test
    void aWrapperThatOverridesInsertAloneSeesEveryInsertOfABulkSave() {
        List<Object> inserted = new ArrayList<>();
        GugusStore wrapped = GugusStore.on(world.withCasePrimitives(primitives -> new ForwardingAggregateStorage<>() {
            @Override
            protected AggregateStorage<CaseId, TraffickingCase> delegate() {
                return primitives;
            }

            @Override
            public void insert(TraffickingCase aggregate) {
                super.insert(aggregate);
                inserted.add(aggregate.id());
            }
        }), Clock.fixed(Instant.parse("2026-03-15T02:00:00Z"), ZoneOffset.ofHours(7)));
        List<TraffickingCase> batch = cases("LP/OLD/", 4);

        wrapped.cases().saveAll(batch);

        assertThat(inserted).containsExactlyElementsOf(batch.stream().map(TraffickingCase::id).toList());
    }

    private static List<TraffickingCase> cases(String prefix, int count) {
        List<TraffickingCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(StoreWorld.newCase(prefix + i, StoreWorld.SAMBAS, PersonalData.NONE));
        }
        return cases;
    }

    /** The fake back-end, with the writes to its storage of cases and its audit appends recorded. */
    private final class Recording extends ForwardingStorageBackend {
        private final StorageBackend delegate;

        Recording(StorageBackend delegate) {
            this.delegate = delegate;
        }

        @Override
        protected StorageBackend delegate() {
            return delegate;
        }

        @Override
        protected <I, A extends Aggregate<I, A>> AggregateStorage<I, A> aggregatePrimitives(
                Class<A> type, AggregateStorage<I, A> primitives) {
            if (type != TraffickingCase.class) {
                return primitives;
            }
            return new ForwardingAggregateStorage<>() {
                @Override
                protected AggregateStorage<I, A> delegate() {
                    return primitives;
                }

                @Override
                public void insert(A aggregate) {
                    writes.add("insert");
                    super.insert(aggregate);
                }

                @Override
                public void insertAll(List<A> aggregates) {
                    writes.add("insertAll " + aggregates.size());
                    super.insertAll(aggregates);
                }

                @Override
                public boolean update(A aggregate, long expectedVersion) {
                    writes.add("update");
                    return super.update(aggregate, expectedVersion);
                }
            };
        }

        @Override
        public AuditStorage audit() {
            AuditStorage log = delegate.audit();
            return new ForwardingAuditStorage() {
                @Override
                protected AuditStorage delegate() {
                    return log;
                }

                @Override
                public void append(List<AuditEntry> entries) {
                    auditAppends.add(entries.size());
                    super.append(entries);
                }
            };
        }
    }
}
