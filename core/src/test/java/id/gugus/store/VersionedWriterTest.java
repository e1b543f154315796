package id.gugus.store;

import static id.gugus.store.StoreWorld.KALBAR;
import static id.gugus.store.StoreWorld.SAMBAS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyType;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditOutcome;
import id.gugus.error.ConflictException;
import id.gugus.error.DuplicateException;
import id.gugus.error.NotFoundException;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Actor;
import id.gugus.taskforce.Member;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import id.gugus.taskforce.TaskForce;
import org.junit.jupiter.api.Test;

/**
 * The one write algorithm (docs/storage.md): versions bumped by the store, a stale copy a conflict that
 * changes nothing, a failed check nothing stored, and an entry for every change that happened.
 */
class VersionedWriterTest {
    private final StoreWorld world = new StoreWorld();
    private final Actor coordinator = StoreWorld.coordinator(KALBAR);
    private final GugusStore store = world.as(coordinator);

    @Test
    void aNewAggregateIsStoredAtVersionOneAndItsCreationAudited() {
        int mark = world.mark();
        Agency saved = store.agencies().save(agency("Dinas PPPA Kabupaten Sambas", SAMBAS));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(world.backend.agencies().find(saved.id())).contains(saved);
        assertThat(world.since(mark)).extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::actorId,
                        AuditEntry::aggregateType, AuditEntry::aggregateId, AuditEntry::version, AuditEntry::jurisdiction)
                .containsExactly(tuple(AuditAction.CREATE, AuditOutcome.ALLOWED, coordinator.id(), "Agency",
                        saved.id().toString(), 1L, SAMBAS));
    }

    @Test
    void theCurrentCopyReplacesTheStoredOneAtTheNextVersion() {
        Agency v1 = store.agencies().save(agency("Dinas PPPA Kabupaten Sambas", SAMBAS));
        int mark = world.mark();

        Agency v2 = store.agencies().save(renamed(v1, "Dinas P3AKB Kabupaten Sambas"));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(world.backend.agencies().find(v1.id())).contains(v2);
        assertThat(world.since(mark)).extracting(AuditEntry::action, AuditEntry::version)
                .containsExactly(tuple(AuditAction.UPDATE, 2L));
    }

    @Test
    void aStaleCopyIsAConflictThatChangesNothingEvenWhenItIsAlsoInvalid() {
        TaskForce national = world.store.taskForces().save(StoreWorld.lawfulTaskForce(JurisdictionCode.NATIONAL, null))
                .stored();
        TaskForce v1 = store.taskForces().save(StoreWorld.lawfulTaskForce(KALBAR, national)).stored();
        Agency polda = store.agencies().save(agency("Polda Kalimantan Barat", KALBAR));
        TaskForce v2 = store.taskForces().save(v1.withMember(new Member(polda.id(), Official.of(Position.KAPOLDA, "Kapolda"))))
                .stored();
        // Stale, and with a daily chair the law forbids: the version is checked first.
        TaskForce staleAndInvalid = withDinasPppaAsDailyChair(v1);
        int mark = world.mark();

        assertThatThrownBy(() -> store.taskForces().save(staleAndInvalid))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.id()).isEqualTo(v1.id().toString());
                    assertThat(e.expectedVersion()).isEqualTo(1);
                });
        assertThat(world.backend.taskForces().find(v1.id())).contains(v2);
        assertThat(world.since(mark)).isEmpty();
    }

    @Test
    void aWriterThatLosesTheRaceBetweenReadAndWriteGetsAConflict() {
        Agency v1 = store.agencies().save(agency("Dinas PPPA Kabupaten Sambas", SAMBAS));
        world.backend.loseNextVersionedWrite();
        int mark = world.mark();

        assertThatThrownBy(() -> store.agencies().save(renamed(v1, "Dinas P3AKB Kabupaten Sambas")))
                .isInstanceOf(ConflictException.class);
        assertThat(world.backend.agencies().find(v1.id())).contains(v1);
        assertThat(world.since(mark)).isEmpty();
    }

    @Test
    void aNewCopyOfAStoredIdIsADuplicateNotAnOverwrite() {
        Agency v1 = store.agencies().save(agency("Dinas PPPA Kabupaten Sambas", SAMBAS));
        Agency again = new Agency(v1.id(), 0, "Another name", v1.type(), SAMBAS);

        assertThatThrownBy(() -> store.agencies().save(again))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.key()).isEqualTo(v1.id().toString()))
                .hasMessageContaining("with id");
        assertThat(world.backend.agencies().find(v1.id())).contains(v1);
    }

    @Test
    void anUpdateOfWhatIsNotStoredIsNotFound() {
        Agency neverStored = agency("Dinas PPPA Kabupaten Sambas", SAMBAS).withVersion(3);

        assertThatThrownBy(() -> store.agencies().save(neverStored)).isInstanceOf(NotFoundException.class);
        assertThat(world.backend.agencies().find(neverStored.id())).isEmpty();
    }

    @Test
    void aRefusedCheckStoresNothingAndAuditsNothing() {
        TaskForce national = world.store.taskForces().save(StoreWorld.lawfulTaskForce(JurisdictionCode.NATIONAL, null))
                .stored();
        TaskForce invalid = withDinasPppaAsDailyChair(StoreWorld.lawfulTaskForce(KALBAR, national));
        int mark = world.mark();

        assertThatThrownBy(() -> store.taskForces().save(invalid))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.ruleId()).contains("TF-DAILY-CHAIR"));
        assertThat(world.backend.taskForces().find(invalid.id())).isEmpty();
        assertThat(world.since(mark)).isEmpty();
    }

    @Test
    void aDeleteRemovesOnlyTheVersionItNamesAndIsAudited() {
        Agency v1 = store.agencies().save(agency("Dinas PPPA Kabupaten Sambas", SAMBAS));
        Agency v2 = store.agencies().save(renamed(v1, "Dinas P3AKB Kabupaten Sambas"));
        int mark = world.mark();

        assertThatThrownBy(() -> store.agencies().delete(v1.id(), 1)).isInstanceOf(ConflictException.class);
        assertThat(world.backend.agencies().find(v1.id())).contains(v2);
        assertThat(world.since(mark)).isEmpty();

        store.agencies().delete(v1.id(), 2);
        assertThat(world.backend.agencies().find(v1.id())).isEmpty();
        assertThat(world.since(mark)).extracting(AuditEntry::action, AuditEntry::version, AuditEntry::jurisdiction)
                .containsExactly(tuple(AuditAction.DELETE, 2L, SAMBAS));

        assertThatThrownBy(() -> store.agencies().delete(v1.id(), 2)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeleteThatLosesTheRaceIsAConflict() {
        Agency v1 = store.agencies().save(agency("Dinas PPPA Kabupaten Sambas", SAMBAS));
        world.backend.loseNextVersionedWrite();

        assertThatThrownBy(() -> store.agencies().delete(v1.id(), 1)).isInstanceOf(ConflictException.class);
        assertThat(world.backend.agencies().find(v1.id())).contains(v1);
    }

    @Test
    void aFailedSaveInsideALargerUnitLeavesTheRestOfTheUnitStanding() {
        Agency v1 = store.agencies().save(agency("Dinas PPPA Kabupaten Sambas", SAMBAS));
        Agency[] kept = new Agency[1];

        store.runInUnitOfWork(s -> {
            kept[0] = s.agencies().save(agency("Dinas Sosial Kabupaten Sambas", SAMBAS));
            assertThatThrownBy(() -> s.agencies().save(renamed(v1, "stale").withVersion(7)))
                    .isInstanceOf(ConflictException.class);
        });

        assertThat(world.backend.agencies().find(kept[0].id())).contains(kept[0]);
        assertThat(world.backend.agencies().find(v1.id())).contains(v1);
    }

    /** The daily chair that Perpres 49/2023 no longer allows a provincial task force. */
    private static TaskForce withDinasPppaAsDailyChair(TaskForce t) {
        return new TaskForce(t.id(), t.version(), t.name(), t.level(), t.jurisdiction(), t.chair(),
                Official.of(Position.HEAD_OF_DINAS_PPPA, "Kepala Dinas PPPA"), t.subTaskForces(), t.members(),
                t.decree(), t.status(), t.parent(), t.legalBasis(), t.history());
    }

    private static Agency agency(String name, JurisdictionCode area) {
        return Agency.create(name, AgencyType.WOMEN_AND_CHILD_PROTECTION, area);
    }

    private static Agency renamed(Agency a, String name) {
        return new Agency(a.id(), a.version(), name, a.type(), a.jurisdiction());
    }
}
