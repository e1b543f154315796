package id.gugus.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.cases.CaseId;
import id.gugus.cases.PersonalData;
import id.gugus.cases.TraffickingCase;
import id.gugus.spi.AggregateStorage;
import id.gugus.spi.ForwardingAggregateStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An update reaches the storage with the copy the repository read and checked
 * ({@code AggregateStorage.update(aggregate, stored)}, issue #11), so that a database can write
 * only what changed; a wrapper written before that method existed still sees every update.
 */
class UpdateFromStoredCopyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T02:00:00Z"), ZoneOffset.ofHours(7));
    private final StoreWorld world = new StoreWorld();

    @Test
    void theStorageGetsTheStoredCopyAtTheVersionTheSaveReplaces() {
        List<TraffickingCase[]> updates = new ArrayList<>();
        GugusStore store = GugusStore.on(world.withCasePrimitives(primitives -> new ForwardingAggregateStorage<>() {
            @Override
            protected AggregateStorage<CaseId, TraffickingCase> delegate() {
                return primitives;
            }

            @Override
            public boolean update(TraffickingCase aggregate, TraffickingCase stored) {
                updates.add(new TraffickingCase[] {aggregate, stored});
                return super.update(aggregate, stored);
            }
        }), CLOCK);
        TraffickingCase first = store.cases().save(StoreWorld.newCase("LP/COPY/1", StoreWorld.SAMBAS, PersonalData.NONE))
                .stored();
        TraffickingCase changed = first.withReportedOn(first.reportedOn().minusDays(1));

        TraffickingCase second = store.cases().save(changed).stored();

        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u[0]).isEqualTo(second);
            assertThat(u[1]).as("the stored copy, as the store held it before the save").isEqualTo(first);
        });
        assertThat(store.cases().get(first.id())).isEqualTo(second);
    }

    @Test
    void aWrapperThatOverridesTheUpdateByVersionAloneSeesEveryUpdate() {
        List<Long> versions = new ArrayList<>();
        GugusStore store = GugusStore.on(world.withCasePrimitives(primitives -> new ForwardingAggregateStorage<>() {
            @Override
            protected AggregateStorage<CaseId, TraffickingCase> delegate() {
                return primitives;
            }

            @Override
            public boolean update(TraffickingCase aggregate, long expectedVersion) {
                versions.add(expectedVersion);
                return super.update(aggregate, expectedVersion);
            }
        }), CLOCK);
        TraffickingCase first = store.cases().save(StoreWorld.newCase("LP/OLD/1", StoreWorld.SAMBAS, PersonalData.NONE))
                .stored();

        store.cases().save(first.withReportedOn(first.reportedOn().minusDays(1)));

        assertThat(versions).containsExactly(1L);
    }
}
