package id.gugus.store;

import static id.gugus.store.StoreWorld.KALBAR;
import static id.gugus.store.StoreWorld.SAMBAS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditOutcome;
import id.gugus.cases.Suspect;
import id.gugus.cases.SuspectRole;
import id.gugus.cases.TraffickingCase;
import id.gugus.error.AccessDeniedException;
import id.gugus.error.StorageException;
import id.gugus.security.Actor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the audit trail keeps when units of work nest and roll back (docs/privacy-and-security.md): a change's entry
 * lives and dies with the change, as one atomic step even inside a unit whose caller catches a failure;
 * reads of personal data and refusals happened whatever the unit does next, so they are committed on
 * their own before anything is handed out, and kept even if the unit rolls back.
 */
class AuditTrailTest {
    private final StoreWorld world = new StoreWorld();
    private final Actor caseWorker = StoreWorld.caseWorker(KALBAR);

    @Test
    void aChangesEntryIsWrittenInTheChangesOwnUnitOfWork() {
        TraffickingCase c = StoreWorld.newCase("LP/1", SAMBAS, StoreWorld.SITI);
        List<AuditEntry> seenInsideTheUnit = new ArrayList<>();
        int mark = world.mark();

        world.store.runInUnitOfWork(s -> {
            s.cases().save(c);
            seenInsideTheUnit.addAll(world.since(mark));
        });

        assertThat(seenInsideTheUnit).extracting(AuditEntry::action, AuditEntry::aggregateId, AuditEntry::version)
                .containsExactly(tuple(AuditAction.CREATE, c.id().toString(), 1L));
        assertThat(world.since(mark)).isEqualTo(seenInsideTheUnit);
    }

    @Test
    void aChangeRolledBackLeavesNoEntry() {
        TraffickingCase c = StoreWorld.newCase("LP/1", SAMBAS, StoreWorld.SITI);
        int mark = world.mark();

        assertThatThrownBy(() -> world.store.runInUnitOfWork(s -> {
            s.cases().save(c);
            throw new IllegalStateException("the application gives up");
        })).hasMessage("the application gives up");

        assertThat(world.store.cases().find(c.id())).isEmpty();
        assertThat(world.since(mark)).isEmpty();
    }

    @Test
    void aRefusalInsideAUnitThatRollsBackIsWrittenAtOnceAndKept() {
        TraffickingCase c = world.storedCase("LP/1", SAMBAS);
        Actor viewer = StoreWorld.viewer(KALBAR);
        List<AuditEntry> seenInsideTheUnit = new ArrayList<>();
        int mark = world.mark();

        assertThatThrownBy(() -> world.store.runInUnitOfWork(s -> {
            try {
                s.as(viewer).cases().get(c.id());
            } finally {
                seenInsideTheUnit.addAll(world.since(mark));
            }
        })).isInstanceOf(AccessDeniedException.class);

        assertThat(seenInsideTheUnit).extracting(AuditEntry::outcome, AuditEntry::actorId, AuditEntry::rule)
                .as("written before the refusal was thrown")
                .containsExactly(tuple(AuditOutcome.DENIED, viewer.id(), "ACCESS-PERMISSION"));
        assertThat(world.since(mark)).as("kept past the rollback").isEqualTo(seenInsideTheUnit);
    }

    @Test
    void personalDataReadInNestedUnitsIsRecordedOnceBeforeTheDataIsHandedOut() {
        TraffickingCase c = world.storedCase("LP/1", SAMBAS);
        List<AuditEntry> seenInNested = new ArrayList<>();
        int mark = world.mark();

        world.store.runInUnitOfWork(outer -> outer.runInUnitOfWork(inner -> {
            assertThat(inner.as(caseWorker).cases().get(c.id()).holdsPersonalData()).isTrue();
            seenInNested.addAll(world.since(mark));
        }));

        assertThat(seenInNested).extracting(AuditEntry::action, AuditEntry::actorId, AuditEntry::aggregateId,
                        AuditEntry::version, AuditEntry::jurisdiction)
                .containsExactly(tuple(AuditAction.READ_PERSONAL_DATA, caseWorker.id(), c.id().toString(), 1L, SAMBAS));
        assertThat(world.since(mark)).isEqualTo(seenInNested);
    }

    @Test
    void aChangeWhoseEntryCannotBeWrittenIsUndoneEvenIfTheUnitGoesOn() {
        TraffickingCase c = StoreWorld.newCase("LP/1", SAMBAS, StoreWorld.SITI);
        TraffickingCase other = StoreWorld.newCase("LP/2", SAMBAS, StoreWorld.SITI);

        world.store.runInUnitOfWork(s -> {
            world.backend.breakAuditLog();
            assertThatThrownBy(() -> s.cases().save(c)).isInstanceOf(StorageException.class);
            world.backend.repairAuditLog();
            s.cases().save(other);
        });

        assertThat(world.store.cases().find(c.id())).as("the change without its entry").isEmpty();
        assertThat(world.store.cases().find(other.id())).isPresent();
    }

    @Test
    void personalDataReadInAUnitThatRollsBackIsStillRecorded() {
        TraffickingCase c = world.storedCase("LP/1", SAMBAS);
        int mark = world.mark();

        assertThatThrownBy(() -> world.store.runInUnitOfWork(s -> {
            s.as(caseWorker).cases().get(c.id());
            s.cases().save(c.withSuspect(Suspect.legalPerson("PT Contoh Penyalur", SuspectRole.BROKER_OR_AGENT)));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(world.since(mark)).extracting(AuditEntry::action, AuditEntry::actorId)
                .containsExactly(tuple(AuditAction.READ_PERSONAL_DATA, caseWorker.id()));
        assertThat(world.backend.cases().find(c.id()).orElseThrow().version()).as("the update rolled back").isEqualTo(1);
    }

    @Test
    void aReadOfPersonalDataThatCannotBeRecordedHandsNothingOut() {
        TraffickingCase c = world.storedCase("LP/1", SAMBAS);
        world.backend.breakAuditLog();

        assertThatThrownBy(() -> world.as(caseWorker).cases().get(c.id())).isInstanceOf(StorageException.class);
    }

    @Test
    void insideAUnitAReadOfPersonalDataThatCannotBeRecordedHandsNothingOut() {
        TraffickingCase c = world.storedCase("LP/1", SAMBAS);
        List<TraffickingCase> handedOut = new ArrayList<>();

        world.store.runInUnitOfWork(s -> {
            world.backend.breakAuditLog();
            assertThatThrownBy(() -> handedOut.add(s.as(caseWorker).cases().get(c.id())))
                    .isInstanceOf(StorageException.class);
        });

        assertThat(handedOut).isEmpty();
    }
}
