package id.gugus.examples.ownstore;

import id.gugus.cases.CaseNumber;
import id.gugus.error.ValidationException;
import id.gugus.examples.CityDesk;
import id.gugus.examples.SampleVictims;
import id.gugus.examples.embedding.InMemoryExample;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.store.GugusStore;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A store of your own ({@link ChangeFeedBackend} around the in-memory back-end) under the same
 * application code: every committed change lands in the change feed, a refused one leaves no
 * trace. {@code ChangeFeedBackendTckTest} runs the storage contract suite against it.
 */
public final class OwnStoreExample {
    private OwnStoreExample() {}

    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    public static ChangeFeed run(PrintStream out) {
        ChangeFeed feed = new ChangeFeed();
        GugusStore store = GugusStore.on(new ChangeFeedBackend(new InMemoryBackend(), feed), InMemoryExample.CLOCK);
        CityDesk desk = new CityDesk(store);

        desk.setUp();
        desk.register(CaseNumber.of("LP/B/41/X/2024/SPKT/POLRES SINGKAWANG"), LocalDate.of(2024, 10, 21),
                List.of(SampleVictims.childRecruitedOnTikTok()));
        int committed = feed.size();
        try {
            desk.register(CaseNumber.of("LP/B/42/X/2024/SPKT/POLRES SINGKAWANG"), LocalDate.of(2024, 10, 22),
                    List.of(SampleVictims.bornAfterRecruitment()));
        } catch (ValidationException refused) {
            out.printf(Locale.ROOT, "refused (%s): the feed still has %d entries%n",
                    refused.violations().get(0).ruleId(), feed.size());
        }
        out.printf(Locale.ROOT, "change feed, %d committed changes:%n", committed);
        for (FeedEntry e : feed.entries()) {
            out.printf(Locale.ROOT, "  %d %-7s %-12s version %d  %s%n", e.sequence(), e.operation(), e.entityType(),
                    e.version(), e.operation() == FeedEntry.Operation.IMPORT ? e.id() + " areas" : e.id());
        }
        return feed;
    }
}
