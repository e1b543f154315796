package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.RandomCases;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.storage.tck.TckWorld;
import id.gugus.store.GugusStore;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The issue's done-when on volume: 100,000 random cases (about 250,000 victims) in the memory
 * store, exported for a viewer with k = 11; the file read back has no class smaller than 11 and
 * singles out no victim of the store.
 */
class CtdcMicrodataLargeTest {
    private static final Logger LOG = LoggerFactory.getLogger(CtdcMicrodataLargeTest.class);
    static final int CASES = 100_000;

    @Test
    void oneHundredThousandRandomCasesGiveAnElevenAnonymousFile() {
        GugusStore store = GugusStore.on(new InMemoryBackend(), TckFixtures.CLOCK);
        TckWorld.seed(store);
        long start = System.nanoTime();
        new RandomCases(20261207L).cases("LP/R", CASES).forEach(store.cases()::save);
        long seeded = System.nanoTime();

        MicrodataFile file = MicrodataFile.exportFor(store, Actor.national("bps/statistik", Role.VIEWER), MicrodataSettings.DEFAULT);
        long exported = System.nanoTime();

        file.assertKAnonymous(11);
        long victims = file.assertNoVictimSingledOut(store, 11);
        file.assertNoPersonalValue(store);
        MicrodataSummary s = file.summary();
        assertThat(s.victims()).isEqualTo(victims).isGreaterThan(CASES);
        assertThat(s.rows() + s.withheldRecords()).isEqualTo(victims);
        assertThat(s.suppressedRecords() + s.withheldRecords()).isLessThanOrEqualTo(victims / 20);
        // Logged, never asserted: seconds to save the cases, to export and read back, to check.
        LOG.info("microdata of {} cases (seed {} s, export and read {} s, checks {} s; CPU of this thread {} s):\n{}", CASES,
                (seeded - start) / 1_000_000_000, (exported - seeded) / 1_000_000_000, (System.nanoTime() - exported) / 1_000_000_000,
                ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000_000, s.describe(Locale.ENGLISH));
    }
}
