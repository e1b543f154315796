package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckFixtures.KALBAR;
import static id.gugus.storage.tck.TckFixtures.simpleCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyType;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.TraffickingCase;
import id.gugus.error.ConflictException;
import id.gugus.error.DuplicateException;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Units of work: everything in one is stored, or, if it throws, nothing is. */
@Tag(TckTags.STORAGE_DUTY)
@Tag(TckTags.UNITS_OF_WORK)
public abstract class UnitOfWorkContract extends StorageContract {
    protected TckWorld world;

    @BeforeEach
    public void seed() {
        world = seedWorld();
    }

    /** Thrown by the work itself to end a unit. */
    protected static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super("abort");
        }
    }

    private static Agency newAgency(String name) {
        return Agency.create(name, AgencyType.NGO, KALBAR);
    }

    @Test
    public void everythingInAUnitIsStoredAndItsResultReturned() {
        TraffickingCase c = simpleCase("LP/UOW/1", LocalDate.of(2026, 2, 1));
        Agency ngo = newAgency("Yayasan Anak Bangsa Kalimantan");
        long version = store.inUnitOfWork(s -> {
            s.agencies().save(ngo);
            TraffickingCase saved = s.cases().save(c).stored();
            return s.cases().save(TckFixtures.advanced(saved, CaseStatus.INQUIRY)).stored().version();
        });
        assertThat(version).isEqualTo(2);
        assertThat(store.agencies().find(ngo.id())).isPresent();
        assertThat(store.cases().get(c.id()).status()).isEqualTo(CaseStatus.INQUIRY);
    }

    @Test
    public void anExceptionRollsBackEveryInsertAndPropagatesUnchanged() {
        TraffickingCase c = simpleCase("LP/UOW/2", LocalDate.of(2026, 2, 1));
        Agency ngo = newAgency("Yayasan Peduli Migran");
        Abort abort = new Abort();
        assertThatThrownBy(() -> store.runInUnitOfWork(s -> {
            s.agencies().save(ngo);
            s.cases().save(c);
            throw abort;
        })).isSameAs(abort);
        assertThat(store.agencies().find(ngo.id())).isEmpty();
        assertThat(store.cases().find(c.id())).isEmpty();
        assertThat(store.cases().findByNumber(c.number())).isEmpty();
        assertThat(store.cases().count(CaseQuery.all())).isZero();
        assertThat(store.agencies().inSubtree(KALBAR)).doesNotContain(ngo.withVersion(1));
    }

    @Test
    public void rollbackRestoresUpdatedAggregatesAndTheirIndexes() {
        TraffickingCase v1 = store.cases().save(simpleCase("LP/UOW/3", LocalDate.of(2026, 2, 1))).stored();
        assertThatThrownBy(() -> store.runInUnitOfWork(s -> {
            TraffickingCase v2 = s.cases().save(TckFixtures.withNumber(v1, "LP/UOW/3/BARU")).stored();
            s.cases().save(TckFixtures.advanced(v2, CaseStatus.INQUIRY));
            throw new Abort();
        })).isInstanceOf(Abort.class);
        assertSameContent(store.cases().get(v1.id()), v1);
        assertThat(store.cases().findByNumber(CaseNumber.of("LP/UOW/3"))).contains(v1);
        assertThat(store.cases().findByNumber(CaseNumber.of("LP/UOW/3/BARU"))).isEmpty();
        assertThat(store.cases().count(CaseQuery.all().withStatus(CaseStatus.INQUIRY))).isZero();
        // The version bumped inside the unit is gone: the v1 copy is current again.
        assertThat(store.cases().save(TckFixtures.advanced(v1, CaseStatus.INQUIRY)).stored().version()).isEqualTo(2);
    }

    @Test
    public void rollbackRestoresDeletedAggregates() {
        TraffickingCase c = store.cases().save(simpleCase("LP/UOW/4", LocalDate.of(2026, 2, 1))).stored();
        Agency ngo = store.agencies().save(newAgency("Yayasan Suara Perempuan"));
        assertThatThrownBy(() -> store.runInUnitOfWork(s -> {
            s.cases().delete(c.id(), 1);
            s.agencies().delete(ngo.id(), 1);
            throw new Abort();
        })).isInstanceOf(Abort.class);
        assertSameContent(store.cases().get(c.id()), c);
        assertThat(store.cases().findByNumber(c.number())).contains(c);
        assertThat(store.agencies().get(ngo.id())).isEqualTo(ngo);
        assertThat(store.cases().query(CaseQuery.all().within(KALBAR), id.gugus.common.PageRequest.first(5)).items())
                .containsExactly(c);
    }

    @Test
    public void rollbackUndoesAnImportOfAreas() {
        long before = store.jurisdictions().count();
        assertThatThrownBy(() -> store.runInUnitOfWork(s -> {
            s.jurisdictions().importAll(List.of(Jurisdiction.of("61.71.01.1002", "Benuamelayu Laut"),
                    Jurisdiction.of("61.71", "Kota Pontianak (baru)")));
            throw new Abort();
        })).isInstanceOf(Abort.class);
        assertThat(store.jurisdictions().count()).isEqualTo(before);
        assertThat(store.jurisdictions().find(JurisdictionCode.of("61.71.01.1002"))).isEmpty();
        assertThat(store.jurisdictions().get(TckFixtures.KOTA_PONTIANAK).name()).isEqualTo("Kota Pontianak");
    }

    @Test
    public void aStoreErrorLateInTheUnitRollsBackTheEarlierWrites() {
        TraffickingCase v1 = store.cases().save(simpleCase("LP/UOW/5", LocalDate.of(2026, 2, 1))).stored();
        store.cases().save(v1);
        Agency ngo = newAgency("Yayasan Pelangi");
        TraffickingCase other = simpleCase("LP/UOW/6", LocalDate.of(2026, 2, 2));
        assertThatThrownBy(() -> store.runInUnitOfWork(s -> {
            s.agencies().save(ngo);
            s.cases().save(other);
            s.cases().save(v1); // stale
        })).isInstanceOf(ConflictException.class);
        assertThat(store.agencies().find(ngo.id())).isEmpty();
        assertThat(store.cases().find(other.id())).isEmpty();
        assertThat(store.cases().get(v1.id()).version()).isEqualTo(2);
    }

    @Test
    public void aNestedUnitJoinsTheOuterOne() {
        Agency inner = newAgency("Yayasan Dalam");
        Agency outer = newAgency("Yayasan Luar");
        assertThatThrownBy(() -> store.runInUnitOfWork(s -> {
            s.agencies().save(outer);
            s.runInUnitOfWork(t -> t.agencies().save(inner));
            assertThat(s.agencies().find(inner.id())).isPresent();
            throw new Abort();
        })).isInstanceOf(Abort.class);
        assertThat(store.agencies().find(inner.id())).isEmpty();
        assertThat(store.agencies().find(outer.id())).isEmpty();
    }

    @Test
    public void aUnitSeesItsOwnWrites() {
        TraffickingCase c = simpleCase("LP/UOW/7", LocalDate.of(2026, 2, 1));
        store.runInUnitOfWork(s -> {
            s.cases().save(c);
            assertThat(s.cases().findByNumber(c.number())).isPresent();
            assertThat(s.cases().count(CaseQuery.all())).isEqualTo(1);
            assertThat(s.cases().query(CaseQuery.all(), id.gugus.common.PageRequest.first(5)).items()).hasSize(1);
            assertThat(s.cases().statistics(CaseQuery.all(), id.gugus.cases.Dimension.SEX).rows()).hasSize(1);
        });
    }

    @Test
    public void aFailedSaveInsideAUnitLeavesNothingOfItselfAndTheRestCommits() {
        store.cases().save(simpleCase("LP/UOW/8", LocalDate.of(2026, 2, 1)));
        TraffickingCase duplicate = simpleCase("LP/UOW/8", LocalDate.of(2026, 2, 3));
        TraffickingCase fine = simpleCase("LP/UOW/9", LocalDate.of(2026, 2, 4));
        store.runInUnitOfWork(s -> {
            assertThatThrownBy(() -> s.cases().save(duplicate)).isInstanceOf(DuplicateException.class);
            s.cases().save(fine);
        });
        assertThat(store.cases().find(duplicate.id())).isEmpty();
        assertThat(store.cases().find(fine.id())).isPresent();
        assertThat(store.cases().count(CaseQuery.all())).isEqualTo(2);
    }

    @Test
    public void uniqueKeysTakenInARolledBackUnitAreFree() {
        TaskForce national = store.taskForces().save(world.nationalTaskForce()).stored();
        TaskForce province = world.provincialTaskForce(national.id());
        TraffickingCase c = simpleCase("LP/UOW/10", LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> store.runInUnitOfWork(s -> {
            s.taskForces().save(province);
            s.cases().save(c);
            throw new Abort();
        })).isInstanceOf(Abort.class);
        assertThat(store.taskForces().activeFor(KALBAR)).isEmpty();
        assertThat(store.taskForces().save(world.provincialTaskForce(national.id())).stored().version()).isEqualTo(1);
        assertThat(store.cases().save(simpleCase("LP/UOW/10", LocalDate.of(2026, 2, 1)))
                .stored().version()).isEqualTo(1);
    }

    @Test
    public void uniqueKeysFreedInARolledBackUnitAreTakenAgain() {
        TaskForce national = store.taskForces().save(world.nationalTaskForce()).stored();
        TaskForce province = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        assertThatThrownBy(() -> store.runInUnitOfWork(s -> {
            s.taskForces().save(TckWorld.withStatus(province, TaskForceStatus.DISSOLVED));
            s.taskForces().save(world.provincialTaskForce(national.id()));
            throw new Abort();
        })).isInstanceOf(Abort.class);
        assertThat(store.taskForces().activeFor(KALBAR)).contains(province);
        assertThat(store.taskForces().inSubtree(KALBAR)).containsExactly(province);
        assertThatThrownBy(() -> store.taskForces().save(world.provincialTaskForce(national.id())))
                .isInstanceOf(DuplicateException.class);
    }

    /**
     * Another thread never sees what a unit has written before it commits: it either reads the
     * state before (a database with snapshots) or waits until the unit ends (a store that locks).
     * Either way, a unit that then rolls back was never visible.
     */
    @Test
    public void otherThreadsNeverSeeWritesOfAUnitThatRollsBack() throws Exception {
        TraffickingCase c = simpleCase("LP/UOW/11", LocalDate.of(2026, 2, 1));
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Future<Optional<TraffickingCase>>> seen = new CompletableFuture<>();
            assertThatThrownBy(() -> store.runInUnitOfWork(s -> {
                s.cases().save(c);
                written.countDown();
                Future<Optional<TraffickingCase>> read = reader.submit(() -> store.cases().findByNumber(c.number()));
                seen.complete(read);
                try {
                    // Wait briefly for the reader: a locking store keeps it waiting until this unit ends.
                    read.get(200, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException stillWaiting) {
                    // expected for a store that locks
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                throw new Abort();
            })).isInstanceOf(Abort.class);
            assertThat(written.getCount()).isZero();
            assertThat(seen.get().get(1, TimeUnit.MINUTES)).isEmpty();
        } finally {
            reader.shutdownNow();
        }
    }
}
