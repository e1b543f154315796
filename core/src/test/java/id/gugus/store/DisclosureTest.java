package id.gugus.store;

import static id.gugus.store.StoreWorld.KALBAR;
import static id.gugus.store.StoreWorld.KALTENG;
import static id.gugus.store.StoreWorld.SAMBAS;
import static id.gugus.store.StoreWorld.SINGKAWANG;
import static id.gugus.store.StoreWorld.SITI;
import static id.gugus.store.StoreWorld.SITI_NIK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.gugus.agency.Agency;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.PersonalData;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.VictimInCase;
import id.gugus.common.PageRequest;
import id.gugus.error.StorageException;
import id.gugus.security.Actor;
import org.junit.jupiter.api.Test;

/**
 * What an actor is handed (docs/privacy-and-security.md): personal data only with the permission to read it, each
 * such read audited; redacted copies otherwise; nothing outside the scope, even when the storage
 * returns it.
 */
class DisclosureTest {
    private final StoreWorld world = new StoreWorld();
    private final Actor caseWorker = StoreWorld.caseWorker(KALBAR);

    @Test
    void anActorWithThePermissionGetsThePersonalDataAndTheReadIsAudited() {
        TraffickingCase c = world.storedCase("LP/1", SAMBAS);
        int mark = world.mark();

        TraffickingCase read = world.as(caseWorker).cases().get(c.id());

        assertThat(read).isEqualTo(c);
        assertThat(read.victims().get(0).personal()).isEqualTo(SITI);
        assertThat(world.since(mark)).extracting(AuditEntry::action, AuditEntry::actorId, AuditEntry::aggregateId,
                        AuditEntry::version, AuditEntry::jurisdiction)
                .containsExactly(tuple(AuditAction.READ_PERSONAL_DATA, caseWorker.id(), c.id().toString(), 1L, SAMBAS));
    }

    @Test
    void anActorWithoutThePermissionGetsARedactedCopyAndNothingIsAudited() {
        TraffickingCase c = world.storedCase("LP/1", SAMBAS);
        int mark = world.mark();

        TraffickingCase read = world.as(StoreWorld.administrator(KALBAR)).cases().get(c.id());

        assertThat(read.holdsPersonalData()).isFalse();
        assertThat(read).isEqualTo(c.withoutPersonalData());
        assertThat(read.victims().get(0).birthDate()).as("only personal data is removed")
                .isEqualTo(c.victims().get(0).birthDate());
        assertThat(world.since(mark)).isEmpty();
    }

    @Test
    void aCaseWithoutPersonalDataIsReadWithoutAnEntry() {
        TraffickingCase c = world.store.cases().save(StoreWorld.newCase("LP/1", SAMBAS, PersonalData.NONE)).stored();
        int mark = world.mark();

        assertThat(world.as(caseWorker).cases().get(c.id())).isEqualTo(c);
        assertThat(world.since(mark)).isEmpty();
    }

    @Test
    void aPageIsAuditedCaseByCaseAndOnlyWhereItHoldsPersonalData() {
        TraffickingCase named = world.storedCase("LP/1", SAMBAS);
        TraffickingCase anonymous = world.store.cases().save(StoreWorld.newCase("LP/2", SINGKAWANG, PersonalData.NONE))
                .stored();
        int mark = world.mark();

        assertThat(world.as(caseWorker).cases().query(CaseQuery.all(), PageRequest.first(10)).items())
                .extracting(TraffickingCase::id).containsExactlyInAnyOrder(named.id(), anonymous.id());
        assertThat(world.since(mark)).extracting(AuditEntry::action, AuditEntry::aggregateId)
                .containsExactly(tuple(AuditAction.READ_PERSONAL_DATA, named.id().toString()));
    }

    @Test
    void aRedactedPageHandsOutNoPersonalDataAndRecordsNoReadOfIt() {
        TraffickingCase named = world.storedCase("LP/1", SAMBAS);
        world.storedCase("LP/2", id.gugus.jurisdiction.JurisdictionCode.of("62.01"));
        int mark = world.mark();

        assertThat(world.as(caseWorker).cases().queryRedacted(CaseQuery.all(), PageRequest.first(10)).items())
                .as("the case worker may read names, yet gets the Kalbar case only, without them")
                .containsExactly(named.withoutPersonalData());
        assertThat(world.as(caseWorker).cases().streamRedacted(CaseQuery.all()))
                .containsExactly(named.withoutPersonalData());
        assertThat(world.since(mark)).isEmpty();
    }

    @Test
    void aRedactedPageIsStillRefusedToAnActorWhoMayNotReadCases() {
        Actor viewer = StoreWorld.viewer(KALBAR);
        int mark = world.mark();

        assertThatThrownBy(() -> world.as(viewer).cases().queryRedacted(CaseQuery.all(), PageRequest.first(10)))
                .isInstanceOf(id.gugus.error.AccessDeniedException.class);
        assertThat(world.since(mark)).extracting(AuditEntry::outcome).containsExactly(id.gugus.audit.AuditOutcome.DENIED);
    }

    @Test
    void casesTheStorageReturnsOutsideTheScopeAreNeverHandedOut() {
        // The store asks the storage for the scope's cases only, and drops whatever else it answers.
        world.storedCase("LP/1", SAMBAS);
        TraffickingCase mine = world.store.cases().save(StoreWorld.newCase("LP/2", SINGKAWANG, SITI)).stored();
        Actor singkawang = StoreWorld.caseWorker(SINGKAWANG);
        int mark = world.mark();

        assertThat(world.as(singkawang).cases().withVictimNik(SITI_NIK)).extracting(TraffickingCase::id)
                .containsExactly(mine.id());
        assertThat(world.since(mark)).extracting(AuditEntry::aggregateId).containsExactly(mine.id().toString());
    }

    /**
     * Issue #16: the report is made of the cases in the actor's scope only. Nothing tells the
     * Singkawang worker that the person of its case is recorded in Sambas too: no group, no count,
     * no audit entry; the provincial worker, whose scope holds both, sees the group.
     */
    @Test
    void aDuplicateReportIsMadeOfTheCasesInScopeAndAuditsEachCaseItNames() {
        TraffickingCase sambas = world.storedCase("LP/1", SAMBAS);
        TraffickingCase mine = world.store.cases().save(StoreWorld.newCase("LP/2", SINGKAWANG, SITI)).stored();
        int mark = world.mark();

        assertThat(world.as(StoreWorld.caseWorker(SINGKAWANG)).cases().duplicateVictims()).isEmpty();
        assertThat(world.since(mark)).isEmpty();
        assertThat(world.as(caseWorker).cases().duplicateVictims()).singleElement().satisfies(group -> {
            assertThat(group.victims()).extracting(VictimInCase::caseId).containsExactlyInAnyOrder(mine.id(), sambas.id());
            assertThat(group.visibleCases()).isEqualTo(2L);
            assertThat(group.outsideScope()).isZero();
        });
        assertThat(world.since(mark)).extracting(AuditEntry::action, AuditEntry::aggregateId, AuditEntry::jurisdiction)
                .containsExactlyInAnyOrder(tuple(AuditAction.READ_PERSONAL_DATA, mine.id().toString(), SINGKAWANG),
                        tuple(AuditAction.READ_PERSONAL_DATA, sambas.id().toString(), SAMBAS));
    }

    @Test
    void publicReferenceDataIsReadAnywhereWithoutAnEntry() {
        Agency agency = world.storedAgency("Dinas PPPA Provinsi Kalimantan Barat", KALBAR);
        int mark = world.mark();

        assertThat(world.as(StoreWorld.viewer(KALTENG)).agencies().get(agency.id())).isEqualTo(agency);
        assertThat(world.since(mark)).isEmpty();
    }

    @Test
    void personalDataIsNotHandedOutWhenItsReadingCannotBeRecorded() {
        TraffickingCase c = world.storedCase("LP/1", SAMBAS);
        world.backend.breakAuditLog();

        assertThatThrownBy(() -> world.as(caseWorker).cases().query(CaseQuery.all(), PageRequest.first(10)))
                .isInstanceOf(StorageException.class);
        assertThat(world.as(StoreWorld.administrator(KALBAR)).cases().get(c.id()).holdsPersonalData())
                .as("a redacted copy needs no entry").isFalse();
    }
}
