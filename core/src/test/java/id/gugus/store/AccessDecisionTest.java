package id.gugus.store;

import static id.gugus.store.StoreWorld.KALBAR;
import static id.gugus.store.StoreWorld.KALTENG;
import static id.gugus.store.StoreWorld.SAMBAS;
import static id.gugus.store.StoreWorld.SINGKAWANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyType;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditOutcome;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.PageRequest;
import id.gugus.error.AccessDeniedException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.AccessRule;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.taskforce.TaskForce;
import org.junit.jupiter.api.Test;

/** Who may do what (docs/privacy-and-security.md): refusals by role and by scope, each audited once, and queries narrowed. */
class AccessDecisionTest {
    private final StoreWorld world = new StoreWorld();

    @Test
    void aCallBeyondTheActorsRolesIsRefusedAndAuditedInItsScope() {
        TraffickingCase c = world.storedCase("LP/1", SAMBAS);
        Actor viewer = StoreWorld.viewer(KALBAR);
        int mark = world.mark();

        assertThatThrownBy(() -> world.as(viewer).cases().get(c.id()))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.rule()).isEqualTo(AccessRule.PERMISSION))
                .hasMessageContaining(viewer.id()).hasMessageContaining("Case " + c.id()).hasMessageContaining("READ_CASES");
        assertThat(world.since(mark)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.rule()).isEqualTo("ACCESS-PERMISSION");
            assertThat(e.actorId()).isEqualTo(viewer.id());
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.aggregateId()).isEqualTo(c.id().toString());
            // The call told no area before it was refused: the entry lies where the actor does.
            assertThat(e.jurisdiction()).isEqualTo(KALBAR);
        });
    }

    @Test
    void anAggregateOutsideTheScopeIsRefusedAndAuditedWhereItLies() {
        TraffickingCase c = world.storedCase("LP/1", SAMBAS);
        Actor singkawang = StoreWorld.caseWorker(SINGKAWANG);
        int mark = world.mark();

        assertThatThrownBy(() -> world.as(singkawang).cases().get(c.id()))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).isEqualTo(AccessRule.SCOPE))
                .hasMessageContaining("61.72");
        assertThat(world.since(mark)).extracting(AuditEntry::outcome, AuditEntry::rule, AuditEntry::jurisdiction,
                        AuditEntry::version)
                .containsExactly(tuple(AuditOutcome.DENIED, "ACCESS-SCOPE", SAMBAS, 1L));
    }

    @Test
    void aCaseAskedForByNumberIsNamedByItsNumberAndAuditedByItsId() {
        TraffickingCase c = world.storedCase("LP/7/SAMBAS", SAMBAS);
        int mark = world.mark();

        assertThatThrownBy(() -> world.as(StoreWorld.caseWorker(SINGKAWANG)).cases().findByNumber(c.number()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Case LP/7/SAMBAS").hasMessageNotContaining(c.id().toString());
        assertThat(world.since(mark)).extracting(AuditEntry::aggregateId).containsExactly(c.id().toString());
    }

    @Test
    void aViewCannotHandOutViewsAndTheAttemptIsAudited() {
        GugusStore coordinator = world.as(StoreWorld.coordinator(KALBAR));
        int mark = world.mark();

        assertThatThrownBy(() -> coordinator.as(Actor.SYSTEM))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.rule()).isEqualTo(AccessRule.PERMISSION))
                .hasMessageContaining("SYSTEM");
        assertThat(world.since(mark)).extracting(AuditEntry::action, AuditEntry::aggregateType, AuditEntry::aggregateId)
                .containsExactly(tuple(AuditAction.ACT_AS, "Actor", Actor.SYSTEM.id()));
    }

    @Test
    void aChangeMayNotMoveAnAggregateOutOfTheActorsScope() {
        GugusStore singkawang = world.as(StoreWorld.coordinator(SINGKAWANG));
        Agency agency = singkawang.agencies().save(
                Agency.create("Dinas Sosial Kota Singkawang", AgencyType.SOCIAL_AFFAIRS, SINGKAWANG));
        Agency movedUp = new Agency(agency.id(), agency.version(), agency.name(), agency.type(), KALBAR);
        int mark = world.mark();

        assertThatThrownBy(() -> singkawang.agencies().save(movedUp))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).isEqualTo(AccessRule.SCOPE));
        assertThat(world.store.agencies().get(agency.id())).isEqualTo(agency);
        assertThat(world.since(mark)).extracting(AuditEntry::outcome, AuditEntry::action, AuditEntry::jurisdiction)
                .containsExactly(tuple(AuditOutcome.DENIED, AuditAction.UPDATE, KALBAR));
    }

    @Test
    void aChangeNeedsEveryWritePermissionOfItsKindAndStoresNothingWithout() {
        // An administrator reads cases (redacted) but may not write them.
        GugusStore admin = world.as(StoreWorld.administrator(KALBAR));
        TraffickingCase c = StoreWorld.newCase("LP/9", SAMBAS, StoreWorld.SITI);
        int mark = world.mark();

        assertThatThrownBy(() -> admin.cases().save(c))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.rule()).isEqualTo(AccessRule.PERMISSION))
                .hasMessageContaining("WRITE_CASES");
        assertThat(world.store.cases().find(c.id())).isEmpty();
        assertThat(world.since(mark)).extracting(AuditEntry::outcome, AuditEntry::action)
                .containsExactly(tuple(AuditOutcome.DENIED, AuditAction.CREATE));
    }

    @Test
    void queriesAreNarrowedToTheScopeNotRefused() {
        world.storedCase("LP/1", SAMBAS);
        TraffickingCase mine = world.storedCase("LP/2", SINGKAWANG);
        GugusStore singkawang = world.as(StoreWorld.caseWorker(SINGKAWANG));
        int mark = world.mark();

        assertThat(singkawang.cases().query(CaseQuery.all().within(KALBAR), PageRequest.first(10)).items())
                .extracting(TraffickingCase::id).containsExactly(mine.id());
        assertThat(singkawang.cases().query(CaseQuery.all(), PageRequest.first(10)).items())
                .extracting(TraffickingCase::id).containsExactly(mine.id());
        assertThat(singkawang.cases().query(CaseQuery.all().within(KALTENG), PageRequest.first(10)).items()).isEmpty();
        assertThat(singkawang.cases().count(CaseQuery.all())).isEqualTo(1);
        assertThat(singkawang.cases().count(CaseQuery.all().within(SAMBAS))).isZero();
        assertThat(world.since(mark)).extracting(AuditEntry::outcome).doesNotContain(AuditOutcome.DENIED);
    }

    @Test
    void anAreaThatCannotBeToldIsOnlyForANationalActor() {
        AuditTrail trail = new AuditTrail(world.backend.audit(), world.store.clock(), Actor.SYSTEM,
                new UnitsOfWork(world.backend));
        assertThat(new AccessDecision(StoreWorld.caseWorker(KALBAR), trail).inScope(null)).isFalse();
        assertThat(new AccessDecision(Actor.national("pusat/case-worker", Role.CASE_WORKER), trail)
                .inScope(null)).isTrue();
    }

    @Test
    void aLookUpInAnotherAreaIsRefusedAndAListOverItNarrowed() {
        TaskForce national = world.store.taskForces().save(StoreWorld.lawfulTaskForce(JurisdictionCode.NATIONAL, null))
                .stored();
        world.store.taskForces().save(StoreWorld.lawfulTaskForce(KALBAR, national));
        GugusStore kalteng = world.as(StoreWorld.coordinator(KALTENG));

        assertThatThrownBy(() -> kalteng.taskForces().activeFor(KALBAR)).isInstanceOf(AccessDeniedException.class);
        assertThat(kalteng.taskForces().inSubtree(JurisdictionCode.NATIONAL)).isEmpty();
        assertThat(world.as(StoreWorld.coordinator(KALBAR)).taskForces().inSubtree(JurisdictionCode.NATIONAL))
                .extracting(TaskForce::jurisdiction).containsExactly(KALBAR);
    }
}
