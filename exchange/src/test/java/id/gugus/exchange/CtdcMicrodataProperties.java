package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.error.ValidationException;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.RandomCases;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.storage.tck.TckWorld;
import id.gugus.store.GugusStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the store and whatever k from 3 to 20: every class of the file is k or more, no victim
 * is singled out, nothing personal is written; the hierarchies nest; the settings refuse what the
 * rules forbid.
 */
class CtdcMicrodataProperties {
    @Property(tries = 40)
    void everyFileIsKAnonymousAndSinglesNoVictimOut(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int cases,
            @ForAll @IntRange(min = 3, max = 20) int k, @ForAll @DoubleRange(min = 0, max = 0.5) double share) {
        GugusStore store = GugusStore.on(new InMemoryBackend(), TckFixtures.CLOCK);
        TckWorld.seed(store);
        new RandomCases(seed).cases("LP/P", cases).forEach(store.cases()::save);

        MicrodataSettings settings = new MicrodataSettings(k, share);
        MicrodataFile file = MicrodataFile.exportFor(store, Actor.national("bps/statistik", Role.VIEWER), settings);

        file.assertKAnonymous(k);
        long victims = file.assertNoVictimSingledOut(store, k);
        file.assertNoPersonalValue(store);
        MicrodataSummary s = file.summary();
        assertThat(s.victims()).isEqualTo(victims);
        assertThat(s.rows()).isEqualTo(file.rows().size()).isEqualTo(victims - s.withheldRecords());
        assertThat(s.suppressedRecords() + s.withheldRecords()).isLessThanOrEqualTo(Math.max(settings.maxSuppressed(victims), victims < k ? victims : 0));
        assertThat(s.smallestClass()).matches(n -> s.rows() == 0 ? n == 0 : n >= k);
    }

    /** Two victims with the same text at a level have the same text at every level above: a coarser text never splits a class. */
    @Property(tries = 30)
    void theHierarchiesNest(@ForAll long seed) {
        List<TraffickingCase> cases = new RandomCases(seed).cases("LP/H", 30);
        for (QuasiIdentifier q : QuasiIdentifier.values()) {
            for (int level = 0; level < q.top(); level++) {
                Map<String, String> above = new HashMap<>();
                for (TraffickingCase c : cases) {
                    for (Victim v : c.victims()) {
                        String here = q.text(c, v, level);
                        String next = q.text(c, v, level + 1);
                        String seen = above.putIfAbsent(here, next);
                        assertThat(seen == null ? next : seen).as("%s level %d: %s", q, level, here).isEqualTo(next);
                    }
                }
            }
            assertThat(cases.stream().flatMap(c -> c.victims().stream().map(v -> q.text(c, v, q.top())))).containsOnly("");
        }
    }

    @Property
    void kBelowThreeIsRefusedAndThreeOrMoreAccepted(@ForAll @IntRange(min = -100, max = 100) int k) {
        if (k < MicrodataSettings.MIN_K) {
            assertThatThrownBy(() -> MicrodataSettings.DEFAULT.withK(k)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations().get(0).ruleId()).isEqualTo("MICRODATA-K-MINIMUM"));
        } else {
            assertThat(MicrodataSettings.DEFAULT.withK(k).k()).isEqualTo(k);
        }
    }

    @Property
    void aShareOutsideZeroToOneIsRefused(@ForAll double share) {
        if (share >= 0 && share <= 1) {
            assertThat(MicrodataSettings.DEFAULT.withMaxSuppressedShare(share).maxSuppressedShare()).isEqualTo(share);
        } else {
            assertThatThrownBy(() -> MicrodataSettings.DEFAULT.withMaxSuppressedShare(share)).isInstanceOfSatisfying(
                    ValidationException.class, e -> assertThat(e.violations().get(0).ruleId()).isEqualTo("MICRODATA-SUPPRESSION-LIMIT"));
        }
    }
}
