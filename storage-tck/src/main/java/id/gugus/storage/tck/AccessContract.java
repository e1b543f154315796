package id.gugus.storage.tck;

import static id.gugus.audit.AuditAction.CREATE;
import static id.gugus.audit.AuditAction.DELETE;
import static id.gugus.audit.AuditAction.IMPORT;
import static id.gugus.audit.AuditAction.READ;
import static id.gugus.audit.AuditAction.READ_PERSONAL_DATA;
import static id.gugus.audit.AuditAction.UPDATE;
import static id.gugus.security.AccessRule.PERMISSION;
import static id.gugus.security.AccessRule.SCOPE;
import static id.gugus.storage.tck.TckActors.ADMINISTRATOR_KALBAR;
import static id.gugus.storage.tck.TckActors.ADMINISTRATOR_NATIONAL;
import static id.gugus.storage.tck.TckActors.ADMINISTRATOR_PONTIANAK;
import static id.gugus.storage.tck.TckActors.CASE_WORKER_KALBAR;
import static id.gugus.storage.tck.TckActors.CASE_WORKER_NATIONAL;
import static id.gugus.storage.tck.TckActors.CASE_WORKER_NTT;
import static id.gugus.storage.tck.TckActors.CASE_WORKER_PONTIANAK;
import static id.gugus.storage.tck.TckActors.COORDINATOR_KALBAR;
import static id.gugus.storage.tck.TckActors.COORDINATOR_NATIONAL;
import static id.gugus.storage.tck.TckActors.COORDINATOR_PONTIANAK;
import static id.gugus.storage.tck.TckActors.VIEWER_KALBAR;
import static id.gugus.storage.tck.TckActors.VIEWER_NATIONAL;
import static id.gugus.storage.tck.TckActors.VIEWER_PONTIANAK;
import static id.gugus.storage.tck.TckFixtures.KALBAR;
import static id.gugus.storage.tck.TckFixtures.KOTA_KUPANG;
import static id.gugus.storage.tck.TckFixtures.KOTA_PONTIANAK;
import static id.gugus.storage.tck.TckFixtures.NATIONAL;
import static id.gugus.storage.tck.TckFixtures.NTT;
import static id.gugus.storage.tck.TckFixtures.SAMBAS;
import static id.gugus.storage.tck.TckFixtures.registeredIn;
import static id.gugus.storage.tck.TckFixtures.simpleCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.Lists;
import id.gugus.agency.Agency;
import id.gugus.agency.AgencyType;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditOutcome;
import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.Dimension;
import id.gugus.cases.Nik;
import id.gugus.cases.Statistics;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.common.Period;
import id.gugus.error.AccessDeniedException;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.FollowUpState;
import id.gugus.meeting.PendingFollowUp;
import id.gugus.plan.ActionPlan;
import id.gugus.security.Actor;
import id.gugus.security.Permission;
import id.gugus.security.Role;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, where (docs/privacy-and-security.md, issue #6): each role against every kind of call, and each
 * scope against aggregates inside and outside it. Every refusal fails closed: an
 * {@link AccessDeniedException} naming the rule, nothing stored changed, one {@code DENIED}
 * audit entry ({@link #assertDenied}). Queries, counts and statistics are narrowed to the scope,
 * never refused, and never count what lies outside it.
 */
@Tag(TckTags.STORE_RULE)
@Tag(TckTags.ACCESS)
public abstract class AccessContract extends SecurityContract {
    protected SecuredWorld w;

    @BeforeEach
    public void seed() {
        w = SecuredWorld.seed(store);
    }

    // ---- roles: every kind of call --------------------------------------------------------

    /** What a refused call must record: the first permission of the list the actor lacks names the action. */
    protected record Need(Permission permission, AuditAction action) {}

    /**
     * One call an actor may try, on an aggregate no other attempt of the same list touches.
     *
     * @param id the aggregate id a refusal records (null for a call naming none)
     */
    protected record Attempt(String name, List<Need> needs, String type, Object id, Consumer<GugusStore> call) {}

    /** Reading agencies and areas needs no permission: they are public reference data. */
    protected static final Set<String> PUBLIC_READS = Set.of("agency.find", "agency.inSubtree", "area.find", "area.subtree");

    /**
     * Every kind of call, each on its own aggregate inside the national scope (prepared now by
     * the system actor), so that an allowed call succeeds and a refused one is refused only for
     * lack of a permission.
     */
    protected List<Attempt> attempts() {
        List<Attempt> all = new ArrayList<>();
        List<Need> writeCases = List.of(new Need(Permission.WRITE_CASES, CREATE), new Need(Permission.READ_PERSONAL_DATA, CREATE));
        TraffickingCase newCase = simpleCase("LP/ACCESS/1/III/2026", LocalDate.of(2026, 3, 1));
        all.add(new Attempt("case.create", writeCases, "Case", newCase.id(), s -> s.cases().save(newCase)));
        TraffickingCase a = w.seven.a;
        all.add(new Attempt("case.update", List.of(new Need(Permission.WRITE_CASES, UPDATE),
                new Need(Permission.READ_PERSONAL_DATA, UPDATE)), "Case", a.id(), s -> s.cases().save(a)));
        TraffickingCase doomed = store.cases().save(simpleCase("LP/ACCESS/2/III/2026", LocalDate.of(2026, 3, 2)))
                .stored();
        all.add(new Attempt("case.delete", List.of(new Need(Permission.WRITE_CASES, DELETE),
                new Need(Permission.READ_PERSONAL_DATA, DELETE)), "Case", doomed.id(),
                s -> s.cases().delete(doomed.id(), doomed.version())));
        List<Need> readCases = List.of(new Need(Permission.READ_CASES, READ));
        all.add(new Attempt("case.find", readCases, "Case", w.seven.b.id(), s -> s.cases().find(w.seven.b.id())));
        // A refusal records what the call named: here the case number, since no case was read.
        all.add(new Attempt("case.findByNumber", readCases, "Case", w.seven.c.number().value(),
                s -> s.cases().findByNumber(w.seven.c.number())));
        all.add(new Attempt("case.query", readCases, "Case", null, s -> s.cases().query(CaseQuery.all(), PageRequest.first(10))));
        all.add(new Attempt("case.stream", readCases, "Case", null,
                s -> s.cases().stream(CaseQuery.all().newestFirst(), PageRequest.first(3)).limit(5).toList()));
        List<Need> statistics = List.of(new Need(Permission.READ_STATISTICS, READ));
        all.add(new Attempt("case.count", statistics, "Case", null, s -> s.cases().count(CaseQuery.all())));
        all.add(new Attempt("case.statistics", statistics, "Case", null,
                s -> s.cases().statistics(CaseQuery.all(), Dimension.SEX)));
        all.add(new Attempt("case.withVictimNik", List.of(new Need(Permission.READ_CASES, READ),
                new Need(Permission.READ_PERSONAL_DATA, READ_PERSONAL_DATA)), "Case", null,
                s -> s.cases().withVictimNik(Nik.of(SevenCases.A1_NIK))));
        all.add(new Attempt("case.duplicateVictims", List.of(new Need(Permission.READ_PERSONAL_DATA, READ_PERSONAL_DATA)),
                "Case", null, s -> s.cases().duplicateVictims()));

        TaskForce dissolved = TckWorld.withStatus(w.world.provincialTaskForce(w.nationalTaskForce.id()),
                TaskForceStatus.DISSOLVED);
        all.add(new Attempt("taskForce.create", writeCoordination(CREATE), "TaskForce", dissolved.id(),
                s -> s.taskForces().save(dissolved)));
        TaskForce city = w.cityTaskForce;
        all.add(new Attempt("taskForce.update", writeCoordination(UPDATE), "TaskForce", city.id(),
                s -> s.taskForces().save(city)));
        TaskForce oldTaskForce = store.taskForces().save(TckWorld.withStatus(
                w.world.provincialTaskForce(w.nationalTaskForce.id()), TaskForceStatus.DISSOLVED)).stored();
        all.add(new Attempt("taskForce.delete", writeCoordination(DELETE), "TaskForce", oldTaskForce.id(),
                s -> s.taskForces().delete(oldTaskForce.id(), oldTaskForce.version())));
        List<Need> readCoordination = List.of(new Need(Permission.READ_COORDINATION, READ));
        all.add(new Attempt("taskForce.find", readCoordination, "TaskForce", w.provincialTaskForce.id(),
                s -> s.taskForces().find(w.provincialTaskForce.id())));
        all.add(new Attempt("taskForce.activeFor", readCoordination, "TaskForce", null,
                s -> s.taskForces().activeFor(KALBAR)));
        all.add(new Attempt("taskForce.inSubtree", readCoordination, "TaskForce", null,
                s -> s.taskForces().inSubtree(KALBAR)));

        ActionPlan newPlan = w.world.provincialPlan(w.nationalPlan.id(), Period.years(2022, 2024));
        all.add(new Attempt("actionPlan.create", writeCoordination(CREATE), "ActionPlan", newPlan.id(),
                s -> s.actionPlans().save(newPlan)));
        ActionPlan cityPlan = w.cityPlan;
        all.add(new Attempt("actionPlan.update", writeCoordination(UPDATE), "ActionPlan", cityPlan.id(),
                s -> s.actionPlans().save(cityPlan)));
        ActionPlan oldPlan = store.actionPlans().save(w.world.provincialPlan(w.nationalPlan.id(), Period.years(2020, 2020)))
                .stored();
        all.add(new Attempt("actionPlan.delete", writeCoordination(DELETE), "ActionPlan", oldPlan.id(),
                s -> s.actionPlans().delete(oldPlan.id(), oldPlan.version())));
        all.add(new Attempt("actionPlan.find", readCoordination, "ActionPlan", w.provincialPlan.id(),
                s -> s.actionPlans().find(w.provincialPlan.id())));
        all.add(new Attempt("actionPlan.forJurisdiction", readCoordination, "ActionPlan", null,
                s -> s.actionPlans().forJurisdiction(KALBAR, Period.years(2021, 2024))));

        CoordinationMeeting newMeeting = w.world.meeting(w.provincialTaskForce.id(), LocalDate.of(2026, 3, 5));
        all.add(new Attempt("meeting.create", writeCoordination(CREATE), "Meeting", newMeeting.id(),
                s -> s.meetings().save(newMeeting)));
        CoordinationMeeting cityMeeting = w.cityMeeting;
        all.add(new Attempt("meeting.update", writeCoordination(UPDATE), "Meeting", cityMeeting.id(),
                s -> s.meetings().save(cityMeeting)));
        CoordinationMeeting oldMeeting = store.meetings().save(
                w.world.meeting(w.provincialTaskForce.id(), LocalDate.of(2025, 12, 1))).stored();
        all.add(new Attempt("meeting.delete", writeCoordination(DELETE), "Meeting", oldMeeting.id(),
                s -> s.meetings().delete(oldMeeting.id(), oldMeeting.version())));
        all.add(new Attempt("meeting.find", readCoordination, "Meeting", w.provincialMeeting.id(),
                s -> s.meetings().find(w.provincialMeeting.id())));
        all.add(new Attempt("meeting.hostedBy", readCoordination, "Meeting", null,
                s -> s.meetings().hostedBy(w.provincialTaskForce.id())));
        all.add(new Attempt("meeting.followUps", readCoordination, "Meeting", null,
                s -> s.meetings().followUps(FollowUpState.OVERDUE, today())));

        Agency ngo = Agency.create("Yayasan Pelita Kapuas", AgencyType.NGO, KALBAR);
        all.add(new Attempt("agency.create", writeCoordination(CREATE), "Agency", ngo.id(), s -> s.agencies().save(ngo)));
        Agency dinsos = w.world.dinsos;
        all.add(new Attempt("agency.update", writeCoordination(UPDATE), "Agency", dinsos.id(), s -> s.agencies().save(dinsos)));
        Agency closed = store.agencies().save(Agency.create("Yayasan yang Ditutup", AgencyType.NGO, KALBAR));
        all.add(new Attempt("agency.delete", writeCoordination(DELETE), "Agency", closed.id(),
                s -> s.agencies().delete(closed.id(), closed.version())));
        all.add(new Attempt("agency.find", List.of(), "Agency", null, s -> s.agencies().find(w.world.polda.id())));
        all.add(new Attempt("agency.inSubtree", List.of(), "Agency", null, s -> s.agencies().inSubtree(KALBAR)));

        all.add(new Attempt("area.import", List.of(new Need(Permission.IMPORT_AREAS, IMPORT)), "Jurisdiction", null,
                s -> s.jurisdictions().importAll(List.of(Jurisdiction.of("61.71.01.1001", "Benua Melayu Darat")))));
        all.add(new Attempt("area.find", List.of(), "Jurisdiction", null, s -> s.jurisdictions().find(KOTA_KUPANG)));
        all.add(new Attempt("area.subtree", List.of(), "Jurisdiction", null, s -> s.jurisdictions().subtree(KALBAR)));

        all.add(new Attempt("audit.query", List.of(new Need(Permission.READ_AUDIT, READ)), "AuditEntry", null,
                s -> s.auditLog().query(AuditQuery.all(), PageRequest.first(10))));
        all.add(new Attempt("audit.stream", List.of(new Need(Permission.READ_AUDIT, READ)), "AuditEntry", null,
                s -> s.auditLog().stream(AuditQuery.all(), PageRequest.first(10)).limit(15).toList()));
        return all;
    }

    private static List<Need> writeCoordination(AuditAction action) {
        return List.of(new Need(Permission.WRITE_COORDINATION, action));
    }

    /**
     * Runs every attempt as {@code actor} (national scope, so only permissions decide): the
     * attempts named in {@code allowed} must succeed, every other one must be refused by
     * {@code ACCESS-PERMISSION}, failing closed, naming the missing permission.
     */
    protected void assertMayExactly(Actor actor, String... allowed) {
        assertThat(actor.isNational()).isTrue();
        List<Attempt> attempts = attempts();
        Set<String> expected = new TreeSet<>(List.of(allowed));
        Set<String> granted = attempts.stream()
                .filter(a -> a.needs().stream().allMatch(n -> actor.has(n.permission())))
                .map(Attempt::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(granted).as("what the roles of %s grant", actor.id()).isEqualTo(expected);
        for (Attempt attempt : attempts) {
            if (expected.contains(attempt.name())) {
                assertThatCode(() -> attempt.call().accept(as(actor))).as("%s may %s", actor.id(), attempt.name())
                        .doesNotThrowAnyException();
            } else {
                Need missing = attempt.needs().stream().filter(n -> !actor.has(n.permission())).findFirst().orElseThrow();
                AccessDeniedException e = assertDenied(actor, PERMISSION, missing.action(), attempt.type(), attempt.id(),
                        attempt.call());
                assertThat(e.getMessage()).as(attempt.name()).contains(missing.permission().name());
            }
        }
    }

    @Test
    public void aViewerMayOnlyCountAndReadStatistics() {
        assertMayExactly(VIEWER_NATIONAL, union(PUBLIC_READS, "case.count", "case.statistics"));
    }

    @Test
    public void aCaseWorkerMayReadAndWriteCasesWithTheirPersonalData() {
        assertMayExactly(CASE_WORKER_NATIONAL, union(PUBLIC_READS, "case.create", "case.update", "case.delete",
                "case.find", "case.findByNumber", "case.query", "case.stream", "case.count", "case.statistics",
                "case.withVictimNik", "case.duplicateVictims"));
    }

    @Test
    public void aCoordinatorMayReadAndWriteCoordinationButNoCase() {
        assertMayExactly(COORDINATOR_NATIONAL, union(PUBLIC_READS, "case.count", "case.statistics",
                "taskForce.create", "taskForce.update", "taskForce.delete", "taskForce.find", "taskForce.activeFor",
                "taskForce.inSubtree", "actionPlan.create", "actionPlan.update", "actionPlan.delete", "actionPlan.find",
                "actionPlan.forJurisdiction", "meeting.create", "meeting.update", "meeting.delete", "meeting.find",
                "meeting.hostedBy", "meeting.followUps", "agency.create", "agency.update", "agency.delete"));
    }

    @Test
    public void anAdministratorMayDoAllButWriteCasesOrSeePersonalData() {
        assertMayExactly(ADMINISTRATOR_NATIONAL, union(PUBLIC_READS, "case.find", "case.findByNumber", "case.query",
                "case.stream", "case.count", "case.statistics", "taskForce.create", "taskForce.update", "taskForce.delete",
                "taskForce.find", "taskForce.activeFor", "taskForce.inSubtree", "actionPlan.create", "actionPlan.update",
                "actionPlan.delete", "actionPlan.find", "actionPlan.forJurisdiction", "meeting.create", "meeting.update",
                "meeting.delete", "meeting.find", "meeting.hostedBy", "meeting.followUps", "agency.create",
                "agency.update", "agency.delete", "area.import", "audit.query", "audit.stream"));
    }

    private static String[] union(Set<String> base, String... more) {
        Set<String> all = new TreeSet<>(base);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    public void referenceDataIsPublicInsideAndOutsideTheScope() {
        GugusStore viewer = as(VIEWER_PONTIANAK);
        assertThat(viewer.agencies().get(w.world.pemkotKupang.id())).isEqualTo(w.world.pemkotKupang);
        assertThat(viewer.agencies().inSubtree(KALBAR)).isEqualTo(w.world.kalbarAgenciesByName());
        assertThat(viewer.jurisdictions().get(KOTA_KUPANG).name()).isEqualTo("Kota Kupang");
        assertThat(viewer.jurisdictions().subtree(KALBAR)).hasSize(1 + 14 + 174);
    }

    // ---- scope -------------------------------------------------------------------------------

    @Test
    public void aCityActorCannotReachTheAggregatesOfItsProvince() {
        TraffickingCase c = w.seven.c; // registered by the province (61)
        assertDenied(CASE_WORKER_PONTIANAK, SCOPE, READ, "Case", c.id(), s -> s.cases().find(c.id()));
        assertDenied(CASE_WORKER_PONTIANAK, SCOPE, READ, "Case", c.id(), s -> s.cases().findByNumber(c.number()));
        assertDenied(CASE_WORKER_PONTIANAK, SCOPE, UPDATE, "Case", c.id(),
                s -> s.cases().save(TckFixtures.advanced(c, CaseStatus.TRIAL)));
        assertDenied(CASE_WORKER_PONTIANAK, SCOPE, DELETE, "Case", c.id(), s -> s.cases().delete(c.id(), c.version()));
        assertDenied(ADMINISTRATOR_PONTIANAK, SCOPE, READ, "Case", c.id(), s -> s.cases().get(c.id()));

        TaskForce province = w.provincialTaskForce;
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, READ, "TaskForce", province.id(), s -> s.taskForces().find(province.id()));
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, UPDATE, "TaskForce", province.id(), s -> s.taskForces().save(province));
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, DELETE, "TaskForce", province.id(),
                s -> s.taskForces().delete(province.id(), province.version()));
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, READ, "TaskForce", null, s -> s.taskForces().activeFor(KALBAR));

        ActionPlan rad = w.provincialPlan;
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, READ, "ActionPlan", rad.id(), s -> s.actionPlans().get(rad.id()));
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, UPDATE, "ActionPlan", rad.id(), s -> s.actionPlans().save(rad));
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, READ, "ActionPlan", null,
                s -> s.actionPlans().forJurisdiction(KALBAR, Period.years(2021, 2024)));
        ActionPlan another = w.world.provincialPlan(w.nationalPlan.id(), Period.years(2022, 2023));
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, CREATE, "ActionPlan", another.id(), s -> s.actionPlans().save(another));

        CoordinationMeeting rakor = w.provincialMeeting;
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, READ, "Meeting", rakor.id(), s -> s.meetings().find(rakor.id()));
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, UPDATE, "Meeting", rakor.id(), s -> s.meetings().save(rakor));
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, DELETE, "Meeting", rakor.id(),
                s -> s.meetings().delete(rakor.id(), rakor.version()));
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, READ, "Meeting", null, s -> s.meetings().hostedBy(province.id()));
        CoordinationMeeting next = w.world.meeting(province.id(), LocalDate.of(2026, 3, 10));
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, CREATE, "Meeting", next.id(), s -> s.meetings().save(next));

        // Nor can it move its own meeting or agency up to the province.
        CoordinationMeeting cityMeeting = w.cityMeeting;
        CoordinationMeeting hostedByProvince = new CoordinationMeeting(cityMeeting.id(), cityMeeting.version(),
                cityMeeting.title(), cityMeeting.date(), cityMeeting.venue(), province.id(), cityMeeting.participants(),
                cityMeeting.decisions());
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, UPDATE, "Meeting", cityMeeting.id(),
                s -> s.meetings().save(hostedByProvince));
        Agency polresta = w.world.polresta;
        Agency movedUp = polresta.withJurisdiction(KALBAR);
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, UPDATE, "Agency", polresta.id(), s -> s.agencies().save(movedUp));

        Agency dinsos = w.world.dinsos;
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, UPDATE, "Agency", dinsos.id(), s -> s.agencies().save(dinsos));
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, DELETE, "Agency", dinsos.id(),
                s -> s.agencies().delete(dinsos.id(), dinsos.version()));
        Agency provincialNgo = Agency.create("Yayasan Khatulistiwa", AgencyType.NGO, KALBAR);
        assertDenied(COORDINATOR_PONTIANAK, SCOPE, CREATE, "Agency", provincialNgo.id(),
                s -> s.agencies().save(provincialNgo));
    }

    @Test
    public void noActorOfKalimantanBaratReachesAnotherProvince() {
        TraffickingCase f = w.seven.f; // Kota Kupang, Nusa Tenggara Timur
        for (var actor : List.of(CASE_WORKER_KALBAR, CASE_WORKER_PONTIANAK, ADMINISTRATOR_KALBAR)) {
            assertDenied(actor, SCOPE, READ, "Case", f.id(), s -> s.cases().find(f.id()));
        }
        assertDenied(CASE_WORKER_KALBAR, SCOPE, UPDATE, "Case", f.id(), s -> s.cases().save(f));
        assertDenied(CASE_WORKER_KALBAR, SCOPE, DELETE, "Case", f.id(), s -> s.cases().delete(f.id(), f.version()));
        TraffickingCase kupang = TckFixtures.registeredIn(simpleCase("LP/ACCESS/NTT/1", LocalDate.of(2026, 3, 3)), KOTA_KUPANG);
        assertDenied(CASE_WORKER_KALBAR, SCOPE, CREATE, "Case", kupang.id(), s -> s.cases().save(kupang));
        Agency pemkot = w.world.pemkotKupang;
        assertDenied(COORDINATOR_KALBAR, SCOPE, UPDATE, "Agency", pemkot.id(), s -> s.agencies().save(pemkot));
        assertDenied(COORDINATOR_KALBAR, SCOPE, READ, "TaskForce", null, s -> s.taskForces().activeFor(KOTA_KUPANG));
        assertDenied(COORDINATOR_KALBAR, SCOPE, READ, "ActionPlan", null,
                s -> s.actionPlans().forJurisdiction(NTT, Period.years(2021, 2024)));
        // Nor the national level above it.
        TaskForce national = w.nationalTaskForce;
        assertDenied(COORDINATOR_KALBAR, SCOPE, READ, "TaskForce", national.id(), s -> s.taskForces().find(national.id()));
        assertDenied(COORDINATOR_KALBAR, SCOPE, READ, "ActionPlan", w.nationalPlan.id(),
                s -> s.actionPlans().find(w.nationalPlan.id()));
        // And the case worker of Nusa Tenggara Timur reaches nothing of Kalimantan Barat.
        assertDenied(CASE_WORKER_NTT, SCOPE, READ, "Case", w.seven.a.id(), s -> s.cases().find(w.seven.a.id()));
        assertSameContent(as(CASE_WORKER_NTT).cases().get(f.id()), f);
    }

    @Test
    public void aProvincialActorSeesItsRegenciesAndANationalOneEverything() {
        SevenCases seven = w.seven;
        GugusStore province = as(CASE_WORKER_KALBAR);
        for (TraffickingCase c : List.of(seven.a, seven.b, seven.c, seven.d, seven.e, seven.g)) {
            assertSameContent(province.cases().get(c.id()), c);
            assertSameContent(province.cases().findByNumber(c.number()).orElseThrow(), c);
        }
        assertThat(ids(province.cases().query(CaseQuery.all(), PageRequest.first(20))))
                .containsExactlyElementsOf(ids(List.of(seven.a, seven.b, seven.c, seven.g, seven.d, seven.e)));
        GugusStore nation = as(CASE_WORKER_NATIONAL);
        assertThat(ids(nation.cases().query(CaseQuery.all(), PageRequest.first(20))))
                .containsExactlyElementsOf(ids(seven.inQueryOrder()));
        assertSameContent(nation.cases().get(seven.f.id()), seven.f);

        GugusStore coordinator = as(COORDINATOR_KALBAR);
        assertThat(coordinator.taskForces().get(w.cityTaskForce.id())).isEqualTo(w.cityTaskForce);
        assertSameContent(coordinator.actionPlans().get(w.cityPlan.id()), w.cityPlan);
        assertThat(coordinator.meetings().get(w.cityMeeting.id())).isEqualTo(w.cityMeeting);
        assertThat(coordinator.taskForces().activeFor(KOTA_PONTIANAK)).contains(w.cityTaskForce);
        TaskForce cityV2 = coordinator.taskForces().save(w.cityTaskForce).stored();
        assertThat(cityV2.version()).isEqualTo(w.cityTaskForce.version() + 1);
        assertThat(as(COORDINATOR_NATIONAL).taskForces().get(w.nationalTaskForce.id())).isEqualTo(w.nationalTaskForce);
    }

    @Test
    public void aCaseIsNeitherMovedOutOfTheScopeNorInto() {
        SevenCases seven = w.seven;
        assertDenied(CASE_WORKER_PONTIANAK, SCOPE, UPDATE, "Case", seven.a.id(),
                s -> s.cases().save(registeredIn(seven.a, SAMBAS)));
        assertDenied(CASE_WORKER_PONTIANAK, SCOPE, UPDATE, "Case", seven.b.id(),
                s -> s.cases().save(registeredIn(seven.b, KOTA_PONTIANAK)));
        assertDenied(CASE_WORKER_KALBAR, SCOPE, UPDATE, "Case", seven.a.id(),
                s -> s.cases().save(registeredIn(seven.a, KOTA_KUPANG)));
        TraffickingCase sambas = registeredIn(simpleCase("LP/ACCESS/SAMBAS/1", LocalDate.of(2026, 3, 3)), SAMBAS);
        assertDenied(CASE_WORKER_PONTIANAK, SCOPE, CREATE, "Case", sambas.id(), s -> s.cases().save(sambas));
        // Inside its scope the province may move a case from the city to a regency.
        TraffickingCase moved = as(CASE_WORKER_KALBAR).cases().save(registeredIn(seven.a, SAMBAS)).stored();
        assertThat(moved.version()).isEqualTo(seven.a.version() + 1);
        assertThat(store.cases().get(seven.a.id()).registeredIn()).isEqualTo(SAMBAS);
        assertDenied(CASE_WORKER_PONTIANAK, SCOPE, READ, "Case", seven.a.id(), s -> s.cases().find(seven.a.id()));
    }

    /** Actors whose queries, counts and statistics {@link #queriesCountsAndStatisticsSeeOnlyTheScope} compares. */
    protected List<Actor> scopedReaders() {
        return List.of(CASE_WORKER_PONTIANAK, CASE_WORKER_KALBAR, CASE_WORKER_NTT, CASE_WORKER_NATIONAL,
                ADMINISTRATOR_KALBAR);
    }

    protected List<CaseQuery> sampleQueries() {
        return List.of(CaseQuery.all(), CaseQuery.all().within(NATIONAL), CaseQuery.all().within(KALBAR),
                CaseQuery.all().within(KOTA_PONTIANAK), CaseQuery.all().within(TckFixtures.PONTIANAK_SELATAN),
                CaseQuery.all().within(SAMBAS), CaseQuery.all().within(NTT), CaseQuery.all().withChildVictim(true),
                CaseQuery.all().within(KALBAR).withStatus(CaseStatus.INQUIRY, CaseStatus.INVESTIGATION),
                CaseQuery.all().withDestination(TckFixtures.MALAYSIA));
    }

    @Test
    public void queriesCountsAndStatisticsSeeOnlyTheScope() {
        for (Actor actor : scopedReaders()) {
            GugusStore mine = as(actor);
            GugusStore viewer = as(TckActors.of(Role.VIEWER, actor.scope()));
            for (CaseQuery query : sampleQueries()) {
                List<TraffickingCase> expected = w.seven.inQueryOrder().stream()
                        .filter(query::matches).filter(c -> actor.covers(c.registeredIn())).toList();
                String what = actor.id() + " " + query;
                assertThat(ids(mine.cases().query(query, PageRequest.first(50)))).as(what)
                        .containsExactlyElementsOf(ids(expected));
                assertThat(ids(mine.cases().query(query.newestFirst(), PageRequest.first(50)))).as(what + " newest first")
                        .containsExactlyElementsOf(ids(Lists.reverse(expected)));
                assertThat(ids(mine.cases().stream(query, PageRequest.first(2)).toList())).as(what + " streamed")
                        .containsExactlyElementsOf(ids(expected));
                assertThat(mine.cases().count(query)).as(what).isEqualTo(expected.size());
                assertThat(viewer.cases().count(query)).as(what).isEqualTo(expected.size());
                Statistics bySex = viewer.cases().statistics(query, Dimension.SEX);
                assertThat(bySex.rows().stream().mapToLong(Statistics.Row::victims).sum()).as(what)
                        .isEqualTo(expected.stream().mapToLong(c -> c.victims().size()).sum());
                Statistics byRegency = viewer.cases().statistics(query, Dimension.REGENCY, Dimension.YEAR);
                CaseQuery narrowed = narrowed(query, actor.scope());
                assertThat(byRegency.rows()).as(what).isEqualTo(narrowed == null ? List.of()
                        : store.cases().statistics(narrowed, Dimension.REGENCY, Dimension.YEAR).rows());
            }
        }
    }

    /** The query a secured view must run: limited to the scope; null if the two areas do not meet. */
    private static CaseQuery narrowed(CaseQuery query, JurisdictionCode scope) {
        JurisdictionCode asked = query.within() == null ? NATIONAL : query.within();
        if (asked.contains(scope)) {
            return query.within(scope);
        }
        return scope.contains(asked) ? query : null;
    }

    @Test
    public void aQueryOnAnAreaOutsideTheScopeIsEmptyNotAnotherAreasData() {
        for (JurisdictionCode elsewhere : List.of(SAMBAS, TckFixtures.KOTA_SINGKAWANG, NTT, KOTA_KUPANG)) {
            CaseQuery query = CaseQuery.all().within(elsewhere);
            assertThat(store.cases().count(query)).as("the system sees cases in %s", elsewhere).isPositive();
            StoreSnapshot before = snapshot();
            Page<TraffickingCase> page = as(CASE_WORKER_PONTIANAK).cases().query(query, PageRequest.first(10));
            assertThat(page.items()).isEmpty();
            assertThat(page.hasNext()).isFalse();
            assertThat(as(VIEWER_PONTIANAK).cases().count(query)).isZero();
            assertThat(as(VIEWER_PONTIANAK).cases().statistics(query, Dimension.SEX).rows()).isEmpty();
            assertThat(as(COORDINATOR_PONTIANAK).taskForces().inSubtree(elsewhere)).isEmpty();
            assertThat(snapshot()).isEqualTo(before);
        }
    }

    @Test
    public void pagesThroughASecuredViewNeitherRepeatNorSkipNorLeak() {
        List<TraffickingCase> expected = List.of(w.seven.a, w.seven.b, w.seven.c, w.seven.g, w.seven.d, w.seven.e);
        for (int size : new int[] {1, 2, 4, 6}) {
            List<TraffickingCase> seen = new ArrayList<>();
            PageRequest request = PageRequest.first(size);
            while (true) {
                Page<TraffickingCase> page = as(CASE_WORKER_KALBAR).cases().query(CaseQuery.all(), request);
                assertThat(page.items()).hasSizeLessThanOrEqualTo(size);
                seen.addAll(page.items());
                if (!page.hasNext()) {
                    break;
                }
                request = request.next(page);
            }
            assertThat(ids(seen)).as("pages of %s", size).containsExactlyElementsOf(ids(expected));
        }
    }

    @Test
    public void coordinationListsAreNarrowedToTheScope() {
        GugusStore city = as(COORDINATOR_PONTIANAK);
        assertThat(city.taskForces().inSubtree(NATIONAL)).containsExactly(w.cityTaskForce);
        assertThat(city.taskForces().inSubtree(KALBAR)).containsExactly(w.cityTaskForce);
        assertThat(city.taskForces().activeFor(KOTA_PONTIANAK)).contains(w.cityTaskForce);
        assertThat(city.meetings().hostedBy(w.cityTaskForce.id())).containsExactly(w.cityMeeting);
        assertThat(city.meetings().followUps(FollowUpState.OVERDUE, today())).extracting(PendingFollowUp::meeting)
                .containsExactly(w.cityMeeting.id());
        assertThat(city.actionPlans().forJurisdiction(KOTA_PONTIANAK, Period.years(2021, 2024))).extracting(ActionPlan::id)
                .containsExactly(w.cityPlan.id());

        GugusStore province = as(COORDINATOR_KALBAR);
        assertThat(province.taskForces().inSubtree(NATIONAL)).containsExactly(w.provincialTaskForce, w.cityTaskForce);
        assertThat(province.meetings().followUps(FollowUpState.OVERDUE, today())).extracting(PendingFollowUp::meeting)
                .containsExactly(w.provincialMeeting.id(), w.cityMeeting.id());

        // In jurisdiction code order: 61, 61.71, ID.
        assertThat(as(COORDINATOR_NATIONAL).taskForces().inSubtree(NATIONAL))
                .containsExactly(w.provincialTaskForce, w.cityTaskForce, w.nationalTaskForce);
    }

    /**
     * A view is what a person or a service is handed: it must not be a way to become someone
     * else, least of all the system. Only a store acting with the {@code SYSTEM} role hands out
     * views.
     */
    @Test
    public void aSecuredViewCannotActAsAnotherActor() {
        Actor someoneElse = TckActors.of(Role.CASE_WORKER, NATIONAL);
        for (Actor actor : List.of(VIEWER_KALBAR, CASE_WORKER_PONTIANAK, ADMINISTRATOR_NATIONAL)) {
            assertDenied(actor, PERMISSION, AuditAction.ACT_AS, "Actor", Actor.SYSTEM.id(), s -> s.as(Actor.SYSTEM));
            assertDenied(actor, PERMISSION, AuditAction.ACT_AS, "Actor", someoneElse.id(), s -> s.as(someoneElse));
        }
        assertThat(store.as(VIEWER_KALBAR).actor()).isEqualTo(VIEWER_KALBAR);
        Actor importJob = Actor.national("area-import-job", Role.SYSTEM);
        assertThat(store.as(importJob).as(VIEWER_KALBAR).actor()).isEqualTo(VIEWER_KALBAR);
    }

    // ---- units of work -----------------------------------------------------------------------

    @Test
    public void aRefusalInsideAUnitOfWorkRollsTheUnitBackButTheDenialStays() {
        TraffickingCase fresh = simpleCase("LP/ACCESS/UOW/1", LocalDate.of(2026, 3, 4));
        TraffickingCase b = w.seven.b; // Sambas: outside the city's scope
        StoreSnapshot before = snapshot();
        assertThatThrownBy(() -> as(CASE_WORKER_PONTIANAK).runInUnitOfWork(s -> {
            s.cases().save(fresh);
            s.cases().save(registeredIn(b, KOTA_PONTIANAK));
        })).isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).isEqualTo(SCOPE));
        StoreSnapshot after = snapshot();
        assertThat(after.data()).isEqualTo(before.data());
        assertThat(after.auditSince(before)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.action()).isEqualTo(UPDATE);
            assertThat(e.aggregateId()).isEqualTo(b.id().toString());
            assertThat(e.actorId()).isEqualTo(CASE_WORKER_PONTIANAK.id());
        });
    }

    @Test
    public void aRefusalCaughtInsideAUnitIsRecordedOnceAndTheRestCommits() {
        TraffickingCase fresh = simpleCase("LP/ACCESS/UOW/2", LocalDate.of(2026, 3, 4));
        TraffickingCase c = w.seven.c;
        StoreSnapshot before = snapshot();
        Instant refusedAt = time.instant();
        as(CASE_WORKER_PONTIANAK).runInUnitOfWork(s -> {
            s.cases().save(fresh);
            // A nested unit joins the outer one: its refusal is recorded when the outer unit ends,
            // with the time it was made.
            assertThatThrownBy(() -> s.runInUnitOfWork(inner -> inner.cases().find(c.id())))
                    .isInstanceOf(AccessDeniedException.class);
            time.advance(Duration.ofMinutes(5));
        });
        StoreSnapshot after = snapshot();
        assertThat(after.data().cases()).extracting(TraffickingCase::id).contains(fresh.id());
        List<AuditEntry> entries = after.auditSince(before);
        assertThat(entries).extracting(AuditEntry::outcome, AuditEntry::action, AuditEntry::aggregateId)
                .containsExactly(tuple(AuditOutcome.ALLOWED, CREATE, fresh.id().toString()),
                        tuple(AuditOutcome.DENIED, READ, c.id().toString()));
        assertThat(entries).extracting(AuditEntry::at).containsOnly(refusedAt);
    }

    // ---- areas, arguments, messages ------------------------------------------------------------

    @Test
    public void onlyANationalActorImportsAreas() {
        List<Jurisdiction> village = List.of(Jurisdiction.of("61.71.01.1001", "Benua Melayu Darat"));
        assertDenied(ADMINISTRATOR_KALBAR, SCOPE, IMPORT, "Jurisdiction", null, s -> s.jurisdictions().importAll(village));
        assertDenied(COORDINATOR_NATIONAL, PERMISSION, IMPORT, "Jurisdiction", null,
                s -> s.jurisdictions().importAll(village));
        as(ADMINISTRATOR_NATIONAL).jurisdictions().importAll(village);
        assertThat(store.jurisdictions().get(JurisdictionCode.of("61.71.01.1001")).name()).isEqualTo("Benua Melayu Darat");
    }

    /**
     * A refused actor is refused whatever it sends: access is checked before the request is read,
     * so a malformed cursor or batch is still a refusal, and audited.
     */
    @Test
    public void accessIsCheckedBeforeTheRequestIsRead() {
        assertDenied(COORDINATOR_NATIONAL, PERMISSION, READ, "Case", null,
                s -> s.cases().query(CaseQuery.all(), new PageRequest(5, "not a cursor")));
        assertDenied(VIEWER_KALBAR, PERMISSION, READ, "AuditEntry", null,
                s -> s.auditLog().query(AuditQuery.all(), new PageRequest(5, "not a cursor")));
        // A stream is refused when it is asked for, not when it is first used.
        assertDenied(COORDINATOR_NATIONAL, PERMISSION, READ, "Case", null,
                s -> s.cases().stream(CaseQuery.all(), new PageRequest(5, "not a cursor")));
        assertDenied(VIEWER_KALBAR, PERMISSION, READ, "AuditEntry", null,
                s -> s.auditLog().stream(AuditQuery.all(), new PageRequest(5, "not a cursor")));
        List<Jurisdiction> contradictory = List.of(Jurisdiction.of("61.71.01.1001", "Benua Melayu Darat"),
                Jurisdiction.of("61.71.01.1001", "Benua Melayu Laut"));
        assertDenied(VIEWER_NATIONAL, PERMISSION, IMPORT, "Jurisdiction", null,
                s -> s.jurisdictions().importAll(contradictory));
    }

    @Test
    public void aRefusalNamesRuleActorAndTargetInBothLanguages() {
        TraffickingCase c = w.seven.c;
        AccessDeniedException scope = assertDenied(CASE_WORKER_PONTIANAK, SCOPE, READ, "Case", c.id(),
                s -> s.cases().find(c.id()));
        assertThat(scope.getMessage()).contains(CASE_WORKER_PONTIANAK.id(), "Case " + c.id(), KOTA_PONTIANAK.value());
        assertThat(scope.getMessage(Locale.forLanguageTag("id"))).startsWith("[ACCESS-SCOPE]")
                .contains(CASE_WORKER_PONTIANAK.id(), "Case " + c.id(), KOTA_PONTIANAK.value())
                .isNotEqualTo(scope.getMessage());
        AccessDeniedException permission = assertDenied(VIEWER_KALBAR, PERMISSION, READ, "Case", c.id(),
                s -> s.cases().find(c.id()));
        assertThat(permission.getMessage()).contains(VIEWER_KALBAR.id(), "Case " + c.id(), "READ_CASES");
        assertThat(permission.getMessage(Locale.forLanguageTag("id"))).startsWith("[ACCESS-PERMISSION]")
                .contains(VIEWER_KALBAR.id(), "READ_CASES").isNotEqualTo(permission.getMessage());
    }

    protected static List<String> ids(Page<TraffickingCase> page) {
        return ids(page.items());
    }

    protected static List<String> ids(List<TraffickingCase> cases) {
        return cases.stream().map(c -> c.id().toString()).toList();
    }
}
