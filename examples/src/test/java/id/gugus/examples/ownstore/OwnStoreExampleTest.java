package id.gugus.examples.ownstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyType;
import id.gugus.error.ConflictException;
import id.gugus.examples.ownstore.FeedEntry.Operation;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.store.GugusStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs {@link OwnStoreExample}, and pins down when the change feed records a change. */
class OwnStoreExampleTest {
    private static final JurisdictionCode KALBAR = JurisdictionCode.of("61");

    private final ChangeFeed feed = new ChangeFeed();
    private final GugusStore store = GugusStore.on(new ChangeFeedBackend(new InMemoryBackend(), feed));

    @Test
    void theExampleRecordsEveryCommittedChangeAndNoRefusedOne() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChangeFeed result = OwnStoreExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(result.entries()).extracting(FeedEntry::operation, FeedEntry::entityType).containsExactly(
                tuple(Operation.IMPORT, "Jurisdiction"),
                tuple(Operation.INSERT, "Agency"),
                tuple(Operation.INSERT, "Agency"),
                tuple(Operation.INSERT, "TaskForce"),
                tuple(Operation.INSERT, "Case"));
        assertThat(result.entries()).extracting(FeedEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(result.entries().get(0).id()).isEqualTo(String.valueOf(JurisdictionDirectory.bundled().size()));
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("refused (CASE-DATE-ORDER): the feed still has 5 entries")
                .contains("change feed, 5 committed changes:");
    }

    @Test
    void aUnitOfWorkThatFailsLeavesNoTrace() {
        store.jurisdictions().importAll(JurisdictionDirectory.bundled().subtree(KALBAR));
        int before = feed.size();

        assertThatThrownBy(() -> store.runInUnitOfWork(s -> {
            s.agencies().save(Agency.create("Dinas Sosial Provinsi Kalimantan Barat", AgencyType.SOCIAL_AFFAIRS, KALBAR));
            throw new IllegalStateException("the rest of the unit failed");
        })).hasMessage("the rest of the unit failed");

        assertThat(feed.size()).isEqualTo(before);
        assertThat(store.agencies().inSubtree(KALBAR)).isEmpty();
    }

    @Test
    void aUnitOfWorkThatCommitsAddsItsChangesTogetherInOrder() {
        store.jurisdictions().importAll(JurisdictionDirectory.bundled().subtree(KALBAR));
        Agency saved = store.inUnitOfWork(s -> {
            Agency a = s.agencies().save(Agency.create("Dinas Sosial Provinsi Kalimantan Barat",
                    AgencyType.SOCIAL_AFFAIRS, KALBAR));
            return s.agencies().save(a); // joins the unit: version 2
        });

        assertThat(feed.entries()).extracting(FeedEntry::operation, FeedEntry::id, FeedEntry::version)
                .endsWith(tuple(Operation.INSERT, saved.id().toString(), 1L),
                        tuple(Operation.UPDATE, saved.id().toString(), 2L));
    }

    @Test
    void aStaleCopyIsAConflictAndNoChange() {
        store.jurisdictions().importAll(JurisdictionDirectory.bundled().subtree(KALBAR));
        Agency saved = store.agencies().save(Agency.create("Dinas Sosial Provinsi Kalimantan Barat",
                AgencyType.SOCIAL_AFFAIRS, KALBAR));
        store.agencies().save(saved);
        int before = feed.size();

        assertThatThrownBy(() -> store.agencies().save(saved)).isInstanceOf(ConflictException.class);
        assertThat(feed.size()).isEqualTo(before);
    }
}
