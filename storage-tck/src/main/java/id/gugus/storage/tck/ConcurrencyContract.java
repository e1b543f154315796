package id.gugus.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Suspect;
import id.gugus.cases.SuspectId;
import id.gugus.cases.SuspectKind;
import id.gugus.cases.SuspectRole;
import id.gugus.cases.TraffickingCase;
import id.gugus.error.ConflictException;
import id.gugus.error.DuplicateException;
import id.gugus.taskforce.TaskForce;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Several threads on one store: optimistic locking loses no update and applies none twice, and
 * unique keys hold when writers race. Outcomes are exact whatever the interleaving; the only
 * waits are generous bounds that fail a hung store instead of hanging the build.
 */
@Tag(TckTags.STORAGE_DUTY)
@Tag(TckTags.CONCURRENCY)
public abstract class ConcurrencyContract extends StorageContract {
    protected TckWorld world;

    @BeforeEach
    public void seed() {
        world = seedWorld();
    }

    /** Writer threads; 8 unless a back-end documents why it needs fewer. */
    protected int threads() {
        return 8;
    }

    /** Updates per thread; 100 unless a back-end documents why it needs fewer. */
    protected int updatesPerThread() {
        return 100;
    }

    /** Attempts one update may take before the test gives up on the store. */
    protected int maxAttemptsPerUpdate() {
        return 10_000;
    }

    /** The suspect that update {@code n} of thread {@code t} adds: its id is derived from (t, n). */
    protected static Suspect suspect(int thread, int update) {
        UUID id = UUID.nameUUIDFromBytes(("gugus-tck/" + thread + "/" + update).getBytes(StandardCharsets.UTF_8));
        return new Suspect(new SuspectId(id), SuspectKind.NATURAL_PERSON, PersonalData.named("Tersangka " + thread + "-" + update),
                ImmutableSet.of(SuspectRole.BROKER_OR_AGENT), TckFixtures.INDONESIA);
    }

    @Test
    public void threadsUpdatingOneCaseWithRetryApplyEveryUpdateExactlyOnce() throws Exception {
        TraffickingCase start = store.cases().save(TckFixtures.simpleCase("LP/CONCURRENT/1", LocalDate.of(2026, 1, 10)))
                .stored();
        AtomicInteger conflicts = new AtomicInteger();
        List<Callable<Void>> writers = new ArrayList<>();
        for (int t = 0; t < threads(); t++) {
            int thread = t;
            writers.add(() -> {
                for (int n = 0; n < updatesPerThread(); n++) {
                    addSuspect(start, suspect(thread, n), conflicts);
                }
                return null;
            });
        }
        runTogether(writers);

        TraffickingCase end = store.cases().get(start.id());
        Set<SuspectId> expected = new HashSet<>();
        expected.add(start.suspects().get(0).id());
        for (int t = 0; t < threads(); t++) {
            for (int n = 0; n < updatesPerThread(); n++) {
                expected.add(suspect(t, n).id());
            }
        }
        int total = threads() * updatesPerThread();
        assertThat(end.suspects()).hasSize(1 + total);
        assertThat(end.suspects()).extracting(Suspect::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(end.version()).as("one version per successful update").isEqualTo(1L + total);
        assertThat(conflicts.get()).isNotNegative();
    }

    /** Reload, add, save; on a conflict start again from a fresh copy. */
    private void addSuspect(TraffickingCase start, Suspect suspect, AtomicInteger conflicts) {
        for (int attempt = 0; attempt < maxAttemptsPerUpdate(); attempt++) {
            TraffickingCase current = store.cases().get(start.id());
            List<Suspect> suspects = new ArrayList<>(current.suspects());
            suspects.add(suspect);
            try {
                store.cases().save(TckFixtures.withSuspects(current, suspects));
                return;
            } catch (ConflictException stale) {
                conflicts.incrementAndGet();
            }
        }
        throw new AssertionError("update " + suspect.id() + " kept conflicting");
    }

    @Test
    public void racingInsertsOfOneCaseNumberLetExactlyOneWin() throws Exception {
        List<TraffickingCase> candidates = new ArrayList<>();
        for (int t = 0; t < threads(); t++) {
            candidates.add(TckFixtures.simpleCase("LP/RACE/1", LocalDate.of(2026, 1, 10 + t)));
        }
        List<Boolean> won = runTogether(candidates.stream().<Callable<Boolean>>map(c -> () -> {
            try {
                store.cases().save(c);
                return true;
            } catch (DuplicateException lost) {
                return false;
            }
        }).toList());
        assertThat(won).containsOnlyOnce(true);
        assertThat(store.cases().count(CaseQuery.all())).isEqualTo(1);
        TraffickingCase winner = candidates.get(won.indexOf(true));
        assertThat(store.cases().findByNumber(winner.number())).map(TraffickingCase::id).contains(winner.id());
    }

    @Test
    public void racingTaskForcesForOneJurisdictionLetExactlyOneBeActive() throws Exception {
        TaskForce national = store.taskForces().save(world.nationalTaskForce()).stored();
        List<TaskForce> candidates = new ArrayList<>();
        for (int t = 0; t < threads(); t++) {
            candidates.add(world.provincialTaskForce(national.id()));
        }
        List<Boolean> won = runTogether(candidates.stream().<Callable<Boolean>>map(tf -> () -> {
            try {
                store.taskForces().save(tf);
                return true;
            } catch (DuplicateException lost) {
                return false;
            }
        }).toList());
        assertThat(won).containsOnlyOnce(true);
        assertThat(store.taskForces().inSubtree(TckFixtures.KALBAR)).hasSize(1);
        assertThat(store.taskForces().activeFor(TckFixtures.KALBAR)).map(TaskForce::id)
                .contains(candidates.get(won.indexOf(true)).id());
    }

    @Test
    public void racingSavesOfOneCopyLetExactlyOneWin() throws Exception {
        TraffickingCase v1 = store.cases().save(TckFixtures.simpleCase("LP/RACE/2", LocalDate.of(2026, 1, 10)))
                .stored();
        List<Callable<Boolean>> savers = new ArrayList<>();
        for (int t = 0; t < threads(); t++) {
            TraffickingCase change = TckFixtures.withSuspects(v1, List.of(suspect(t, 0)));
            savers.add(() -> {
                try {
                    store.cases().save(change);
                    return true;
                } catch (ConflictException lost) {
                    return false;
                }
            });
        }
        List<Boolean> won = runTogether(savers);
        assertThat(won).containsOnlyOnce(true);
        TraffickingCase end = store.cases().get(v1.id());
        assertThat(end.version()).isEqualTo(2);
        assertThat(end.suspects()).containsExactly(suspect(won.indexOf(true), 0));
    }

    /** Starts every task at once and returns their results in order; fails if one throws or the store hangs. */
    protected <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(10, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
