package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckFixtures.simpleCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyType;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.TraffickingCase;
import id.gugus.error.DuplicateException;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The back-end's own guarantees, called directly, without the store's checks in front: what
 * {@link id.gugus.spi.StorageBackend} and {@link id.gugus.spi.AggregateStorage} promise.
 * The store's pre-checks cannot close every race, so these must hold on their own.
 */
@Tag(TckTags.STORAGE_DUTY)
@Tag(TckTags.PRIMITIVES)
public abstract class PrimitivesContract extends StorageContract {
    protected TckWorld world;

    @BeforeEach
    public void seed() {
        world = seedWorld();
    }

    @Test
    public void insertStoresTheAggregateAsGivenVersionIncluded() {
        TraffickingCase c = simpleCase("LP/PRIM/1", LocalDate.of(2026, 1, 5)).withVersion(7);
        backend.inUnitOfWork(() -> {
            backend.cases().insert(c);
            return null;
        });
        assertSameContent(backend.cases().find(c.id()).orElseThrow(), c);
    }

    @Test
    public void insertOfATakenIdIsADuplicate() {
        Agency a = Agency.create("Yayasan Primitif", AgencyType.NGO, TckFixtures.KALBAR).withVersion(1);
        backend.agencies().insert(a);
        assertThatThrownBy(() -> backend.agencies().insert(a.withVersion(4))).isInstanceOf(DuplicateException.class);
        assertThat(backend.agencies().find(a.id())).contains(a);
    }

    @Test
    public void updateReplacesOnlyAtTheExpectedVersion() {
        TraffickingCase v1 = simpleCase("LP/PRIM/2", LocalDate.of(2026, 1, 5)).withVersion(1);
        backend.cases().insert(v1);
        TraffickingCase v2 = TckFixtures.advanced(v1, id.gugus.cases.CaseStatus.INQUIRY).withVersion(2);
        assertThat(backend.cases().update(v2, 2)).isFalse();
        assertThat(backend.cases().update(v2, 0)).isFalse();
        assertSameContent(backend.cases().find(v1.id()).orElseThrow(), v1);
        assertThat(backend.cases().update(v2, 1)).isTrue();
        assertSameContent(backend.cases().find(v1.id()).orElseThrow(), v2);
        assertThat(backend.cases().update(v2.withVersion(3), 1)).isFalse();
    }

    @Test
    public void updateOfAMissingAggregateIsFalse() {
        TraffickingCase ghost = simpleCase("LP/PRIM/3", LocalDate.of(2026, 1, 5)).withVersion(2);
        assertThat(backend.cases().update(ghost, 1)).isFalse();
        assertThat(backend.cases().find(ghost.id())).isEmpty();
        assertThat(backend.cases().findByNumber(ghost.number())).isEmpty();
    }

    @Test
    public void deleteRemovesOnlyAtTheExpectedVersion() {
        TraffickingCase v1 = simpleCase("LP/PRIM/4", LocalDate.of(2026, 1, 5)).withVersion(1);
        backend.cases().insert(v1);
        assertThat(backend.cases().delete(v1.id(), 2)).isFalse();
        assertThat(backend.cases().find(v1.id())).isPresent();
        assertThat(backend.cases().delete(v1.id(), 1)).isTrue();
        assertThat(backend.cases().find(v1.id())).isEmpty();
        assertThat(backend.cases().delete(v1.id(), 1)).isFalse();
    }

    @Test
    public void insertRefusesATakenCaseNumberByItself() {
        backend.cases().insert(simpleCase("LP/PRIM/5", LocalDate.of(2026, 1, 5)).withVersion(1));
        TraffickingCase twin = simpleCase("LP/PRIM/5", LocalDate.of(2026, 1, 6)).withVersion(1);
        assertThatThrownBy(() -> backend.cases().insert(twin)).isInstanceOf(DuplicateException.class);
        assertThat(backend.cases().find(twin.id())).isEmpty();
        assertThat(backend.cases().count(CaseQuery.all())).isEqualTo(1);
    }

    @Test
    public void updateRefusesATakenCaseNumberByItself() {
        backend.cases().insert(simpleCase("LP/PRIM/6", LocalDate.of(2026, 1, 5)).withVersion(1));
        TraffickingCase other = simpleCase("LP/PRIM/7", LocalDate.of(2026, 1, 6)).withVersion(1);
        backend.cases().insert(other);
        assertThatThrownBy(() -> backend.cases().update(TckFixtures.withNumber(other, "LP/PRIM/6").withVersion(2), 1))
                .isInstanceOf(DuplicateException.class);
        assertSameContent(backend.cases().find(other.id()).orElseThrow(), other);
    }

    @Test
    public void insertAndUpdateRefuseASecondActiveTaskForceByThemselves() {
        TaskForce active = world.provincialTaskForce(null).withVersion(1);
        backend.taskForces().insert(active);
        TaskForce second = world.provincialTaskForce(null).withVersion(1);
        assertThatThrownBy(() -> backend.taskForces().insert(second)).isInstanceOf(DuplicateException.class);
        TaskForce dissolved = TckWorld.withStatus(world.provincialTaskForce(null), TaskForceStatus.DISSOLVED).withVersion(1);
        backend.taskForces().insert(dissolved);
        assertThatThrownBy(() -> backend.taskForces().update(
                TckWorld.withStatus(dissolved, TaskForceStatus.ESTABLISHED).withVersion(2), 1))
                .isInstanceOf(DuplicateException.class);
        assertThat(backend.taskForces().activeFor(TckFixtures.KALBAR)).contains(active);
        assertThat(backend.taskForces().find(dissolved.id())).contains(dissolved);
        assertThat(backend.taskForces().find(second.id())).isEmpty();
    }

    @Test
    public void dissolvingFreesTheActiveKeyAtOnce() {
        TaskForce active = world.provincialTaskForce(null).withVersion(1);
        backend.taskForces().insert(active);
        TaskForce successor = world.provincialTaskForce(null).withVersion(1);
        backend.inUnitOfWork(() -> {
            backend.taskForces().update(TckWorld.withStatus(active, TaskForceStatus.DISSOLVED).withVersion(2), 1);
            backend.taskForces().insert(successor);
            return null;
        });
        assertThat(backend.taskForces().activeFor(TckFixtures.KALBAR)).contains(successor);
    }

    @Test
    public void inUnitOfWorkReturnsTheResultAndPropagatesTheSameException() {
        assertThat(backend.inUnitOfWork(() -> "selesai")).isEqualTo("selesai");
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> backend.inUnitOfWork(() -> {
            throw boom;
        })).isSameAs(boom);
    }

    @Test
    public void inUnitOfWorkUndoesEveryPrimitiveWhenTheWorkThrows() {
        TraffickingCase kept = simpleCase("LP/PRIM/8", LocalDate.of(2026, 1, 5)).withVersion(1);
        backend.cases().insert(kept);
        TraffickingCase added = simpleCase("LP/PRIM/9", LocalDate.of(2026, 1, 6)).withVersion(1);
        assertThatThrownBy(() -> backend.inUnitOfWork(() -> {
            backend.cases().insert(added);
            backend.cases().update(TckFixtures.withNumber(kept, "LP/PRIM/8/BARU").withVersion(2), 1);
            backend.inUnitOfWork(() -> backend.cases().delete(added.id(), 1));
            backend.cases().insert(added);
            throw new IllegalStateException("batal");
        })).hasMessage("batal");
        assertThat(backend.cases().find(added.id())).isEmpty();
        assertSameContent(backend.cases().find(kept.id()).orElseThrow(), kept);
        assertThat(backend.cases().findByNumber(kept.number())).isPresent();
        assertThat(backend.cases().count(CaseQuery.all())).isEqualTo(1);
    }
}
