package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckFixtures.KALBAR;
import static id.gugus.storage.tck.TckFixtures.KOTA_PONTIANAK;
import static id.gugus.storage.tck.TckFixtures.NATIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import id.gugus.agency.AgencyId;
import id.gugus.error.ConflictException;
import id.gugus.error.DuplicateException;
import id.gugus.error.NotFoundException;
import id.gugus.error.ReferenceException;
import id.gugus.taskforce.Cluster;
import id.gugus.taskforce.Decree;
import id.gugus.taskforce.Member;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import id.gugus.taskforce.SubTaskForce;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
import id.gugus.taskforce.TaskForceStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Task forces: versioned saves, one active task force per jurisdiction, references, subtree. */
@Tag(TckTags.STORAGE_DUTY)
@Tag(TckTags.PERSISTENCE)
public abstract class TaskForceContract extends StorageContract {
    protected TckWorld world;
    protected TaskForce national;

    @BeforeEach
    public void seed() {
        world = seedWorld();
        national = store.taskForces().save(world.nationalTaskForce()).stored();
    }

    @Test
    public void aSavedTaskForceLoadsEqual() {
        TaskForce fresh = world.provincialTaskForce(national.id());
        TaskForce saved = store.taskForces().save(fresh).stored();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(fresh.version()).isZero();
        assertSameContent(store.taskForces().get(fresh.id()), saved);
    }

    @Test
    public void reFormingBumpsTheVersionAndKeepsTheHistory() {
        TaskForce v1 = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        Official newKapolda = Official.of(Position.KAPOLDA, "Irjen Pol. Hadi Purnomo");
        Decree newDecree = Decree.draft("100.3.3.2/12/DPPPA/2026").sign(LocalDate.of(2026, 1, 5), v1.chair());
        TaskForce reformed = v1.reform(v1.chair(), newKapolda, newDecree, LocalDate.of(2026, 1, 5));
        TaskForce v2 = store.taskForces().save(reformed).stored();
        assertThat(v2.version()).isEqualTo(2);
        TaskForce loaded = store.taskForces().get(v1.id());
        assertSameContent(loaded, v2);
        assertThat(loaded.history()).singleElement().satisfies(c -> assertThat(c.dailyChair().name())
                .isEqualTo("Irjen Pol. Yusuf Maulana"));
    }

    @Test
    public void aStaleCopyIsAConflictAndChangesNothing() {
        TaskForce v1 = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        TaskForce v2 = store.taskForces().save(v1).stored();
        assertThatThrownBy(() -> store.taskForces().save(TckWorld.withStatus(v1, TaskForceStatus.DISSOLVED)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("TaskForce")
                .hasMessageContaining(v1.id().toString());
        assertSameContent(store.taskForces().get(v1.id()), v2);
    }

    @Test
    public void aSecondActiveTaskForceForOneJurisdictionIsADuplicate() {
        TaskForce first = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        TaskForce second = world.provincialTaskForce(national.id());
        assertThatThrownBy(() -> store.taskForces().save(second))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.entityType()).isEqualTo("TaskForce");
                    assertThat(e.key()).isEqualTo("61");
                });
        assertThat(store.taskForces().find(second.id())).isEmpty();
        assertThat(store.taskForces().activeFor(KALBAR)).contains(first);
    }

    @Test
    public void aProposedTaskForceIsActiveToo() {
        store.taskForces().save(world.provincialTaskForce(national.id()));
        TaskForce proposed = TckWorld.withStatus(world.provincialTaskForce(national.id()), TaskForceStatus.PROPOSED);
        TaskForce draft = new TaskForce(proposed.id(), 0, proposed.name(), proposed.level(), proposed.jurisdiction(),
                proposed.chair(), proposed.dailyChair(), proposed.subTaskForces(), proposed.members(), null,
                TaskForceStatus.PROPOSED, proposed.parent(), proposed.legalBasis(), proposed.history());
        assertThatThrownBy(() -> store.taskForces().save(draft)).isInstanceOf(DuplicateException.class);
    }

    @Test
    public void aDissolvedTaskForceFreesItsJurisdiction() {
        TaskForce old = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        TaskForce dissolved = store.taskForces().save(TckWorld.withStatus(old, TaskForceStatus.DISSOLVED)).stored();
        assertThat(store.taskForces().activeFor(KALBAR)).isEmpty();
        TaskForce successor = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        assertThat(store.taskForces().activeFor(KALBAR)).contains(successor);
        assertThat(store.taskForces().get(old.id())).isEqualTo(dissolved);
    }

    @Test
    public void dissolvedTaskForcesNeverCountAgainstTheActiveOne() {
        for (int i = 0; i < 3; i++) {
            store.taskForces().save(TckWorld.withStatus(world.provincialTaskForce(national.id()), TaskForceStatus.DISSOLVED));
        }
        TaskForce active = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        assertThat(store.taskForces().activeFor(KALBAR)).contains(active);
        assertThat(store.taskForces().inSubtree(KALBAR)).hasSize(4);
    }

    @Test
    public void reactivatingWhileAnotherIsActiveIsADuplicate() {
        TaskForce old = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        TaskForce dissolved = store.taskForces().save(TckWorld.withStatus(old, TaskForceStatus.DISSOLVED)).stored();
        TaskForce successor = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        assertThatThrownBy(() -> store.taskForces().save(TckWorld.withStatus(dissolved, TaskForceStatus.ESTABLISHED)))
                .isInstanceOf(DuplicateException.class);
        assertThat(store.taskForces().get(old.id())).isEqualTo(dissolved);
        assertThat(store.taskForces().activeFor(KALBAR)).contains(successor);
    }

    @Test
    public void activeForIsTheExactJurisdictionNotTheSubtree() {
        TaskForce province = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        TaskForce city = store.taskForces().save(world.cityTaskForce(province.id())).stored();
        assertThat(store.taskForces().activeFor(KALBAR)).contains(province);
        assertThat(store.taskForces().activeFor(KOTA_PONTIANAK)).contains(city);
        assertThat(store.taskForces().activeFor(NATIONAL)).contains(national);
        assertThat(store.taskForces().activeFor(TckFixtures.KOTA_SINGKAWANG)).isEmpty();
    }

    @Test
    public void inSubtreeListsTaskForcesInCodeOrder() {
        TaskForce province = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        TaskForce city = store.taskForces().save(world.cityTaskForce(province.id())).stored();
        assertThat(store.taskForces().inSubtree(KALBAR)).containsExactly(province, city);
        assertThat(store.taskForces().inSubtree(KOTA_PONTIANAK)).containsExactly(city);
        assertThat(store.taskForces().inSubtree(NATIONAL)).containsExactly(province, city, national);
        assertThat(store.taskForces().inSubtree(TckFixtures.KOTA_KUPANG)).isEmpty();
    }

    @Test
    public void anUnknownJurisdictionIsAReferenceError() {
        TaskForce province = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        TaskForce tf = world.cityTaskForce(province.id());
        TaskForce lost = new TaskForce(tf.id(), 0, tf.name(), tf.level(), TckFixtures.UNKNOWN_AREA, tf.chair(),
                tf.dailyChair(), tf.subTaskForces(), tf.members(), tf.decree(), tf.status(), tf.parent(), tf.legalBasis(),
                tf.history());
        assertThatThrownBy(() -> store.taskForces().save(lost))
                .isInstanceOfSatisfying(ReferenceException.class, e -> assertThat(e.field()).isEqualTo("jurisdiction"));
        assertThat(store.taskForces().find(lost.id())).isEmpty();
    }

    @Test
    public void anUnknownMemberAgencyIsAReferenceError() {
        TaskForce tf = world.provincialTaskForce(national.id());
        AgencyId ghost = AgencyId.random();
        TaskForce withGhost = tf.withMember(new Member(ghost, Official.of(Position.OTHER, "Tanpa Instansi")));
        assertThatThrownBy(() -> store.taskForces().save(withGhost))
                .isInstanceOfSatisfying(ReferenceException.class, e -> {
                    assertThat(e.entityType()).isEqualTo("TaskForce");
                    assertThat(e.field()).isEqualTo("members[" + tf.members().size() + "].agency");
                    assertThat(e).hasMessageContaining(ghost.toString()).hasMessageContaining(tf.id().toString());
                });
        assertThat(store.taskForces().find(tf.id())).isEmpty();
    }

    @Test
    public void anUnknownSubTaskForceCoordinatorIsAReferenceError() {
        TaskForce tf = world.provincialTaskForce(national.id());
        List<SubTaskForce> subs = new ArrayList<>(tf.subTaskForces());
        subs.set(0, new SubTaskForce(Cluster.PREVENTION, AgencyId.random()));
        TaskForce withGhost = new TaskForce(tf.id(), 0, tf.name(), tf.level(), tf.jurisdiction(), tf.chair(),
                tf.dailyChair(), ImmutableList.copyOf(subs), tf.members(), tf.decree(), tf.status(), tf.parent(),
                tf.legalBasis(), tf.history());
        assertThatThrownBy(() -> store.taskForces().save(withGhost))
                .isInstanceOfSatisfying(ReferenceException.class,
                        e -> assertThat(e.field()).isEqualTo("subTaskForces[0].coordinator"));
        assertThat(store.taskForces().find(tf.id())).isEmpty();
    }

    @Test
    public void anUnknownParentIsAReferenceError() {
        TaskForce orphan = world.provincialTaskForce(TaskForceId.random());
        assertThatThrownBy(() -> store.taskForces().save(orphan))
                .isInstanceOfSatisfying(ReferenceException.class, e -> assertThat(e.field()).isEqualTo("parent"));
        assertThat(store.taskForces().find(orphan.id())).isEmpty();
    }

    @Test
    public void deletingTheActiveTaskForceFreesTheJurisdiction() {
        TaskForce v1 = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        store.taskForces().delete(v1.id(), 1);
        assertThat(store.taskForces().find(v1.id())).isEmpty();
        assertThat(store.taskForces().activeFor(KALBAR)).isEmpty();
        assertThat(store.taskForces().save(world.provincialTaskForce(national.id())).stored().version()).isEqualTo(1);
    }

    @Test
    public void deleteWithAStaleVersionIsAConflictAndOfAnUnknownIdNotFound() {
        TaskForce v1 = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        store.taskForces().save(v1);
        assertThatThrownBy(() -> store.taskForces().delete(v1.id(), 1)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> store.taskForces().delete(TaskForceId.random(), 1)).isInstanceOf(NotFoundException.class);
        assertThat(store.taskForces().activeFor(KALBAR)).isPresent();
    }
}
