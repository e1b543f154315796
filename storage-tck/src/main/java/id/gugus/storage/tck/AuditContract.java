package id.gugus.storage.tck;

import static id.gugus.audit.AuditAction.CREATE;
import static id.gugus.audit.AuditAction.DELETE;
import static id.gugus.audit.AuditAction.IMPORT;
import static id.gugus.audit.AuditAction.UPDATE;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyType;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditOutcome;
import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.common.Period;
import id.gugus.error.AccessDeniedException;
import id.gugus.error.ConflictException;
import id.gugus.error.DuplicateException;
import id.gugus.error.NotFoundException;
import id.gugus.error.ReferenceException;
import id.gugus.error.StorageException;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.plan.ActionPlan;
import id.gugus.security.AccessRule;
import id.gugus.security.Actor;
import id.gugus.spi.AuditStorage;
import id.gugus.spi.ForwardingAuditStorage;
import id.gugus.spi.ForwardingStorageBackend;
import id.gugus.spi.StorageBackend;
import id.gugus.store.AuditLog;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceStatus;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
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
 * The audit log (docs/privacy-and-security.md, issue #6): every change appends exactly one {@code ALLOWED} entry in
 * the change's own unit of work, so an entry is kept if, and only if, its change is; entries
 * carry the store's time; the log is queried by aggregate, actor, time and area, in pages that
 * neither repeat nor skip; it is append-only; and it is read only with {@code READ_AUDIT},
 * narrowed to the reader's scope.
 */
@Tag(TckTags.STORE_RULE)
@Tag(TckTags.AUDIT)
public abstract class AuditContract extends SecurityContract {
    protected TckWorld world;

    @BeforeEach
    public void seed() {
        world = seedWorld();
    }

    /** Thrown by the work itself to end a unit of work. */
    protected static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super("abort");
        }
    }

    /**
     * Moves the clock on, runs {@code change} as {@code actor}, and asserts that it appended
     * exactly one entry: allowed, with every field as given and the store's time.
     */
    protected AuditEntry assertAudited(Actor actor, AuditAction action, String type, Object id, long version,
            JurisdictionCode area, Consumer<GugusStore> change) {
        Instant at = time.advance(Duration.ofMinutes(7));
        StoreSnapshot before = snapshot();
        change.accept(as(actor));
        List<AuditEntry> added = snapshot().auditSince(before);
        assertThat(added).as("entries of %s %s %s", action, type, id).hasSize(1);
        AuditEntry entry = added.get(0);
        assertThat(entry).isEqualTo(new AuditEntry(entry.sequence(), at, actor.id(), action, type,
                id == null ? null : id.toString(), version, area, AuditOutcome.ALLOWED, null));
        before.audit().forEach(earlier -> assertThat(entry.sequence()).isGreaterThan(earlier.sequence()));
        return entry;
    }

    @Test
    public void everyChangeOfACaseAppendsOneEntry() {
        TraffickingCase fresh = simpleCase("LP/AUDIT/1", LocalDate.of(2026, 3, 1));
        assertAudited(CASE_WORKER_KALBAR, CREATE, "Case", fresh.id(), 1, KOTA_PONTIANAK, s -> s.cases().save(fresh));
        TraffickingCase v1 = fresh.withVersion(1);
        assertAudited(CASE_WORKER_KALBAR, UPDATE, "Case", fresh.id(), 2, KOTA_PONTIANAK,
                s -> s.cases().save(TckFixtures.advanced(v1, CaseStatus.INQUIRY)));
        // A move is recorded where the case now is.
        TraffickingCase v2 = TckFixtures.advanced(v1, CaseStatus.INQUIRY).withVersion(2);
        assertAudited(CASE_WORKER_KALBAR, UPDATE, "Case", fresh.id(), 3, SAMBAS, s -> s.cases().save(registeredIn(v2, SAMBAS)));
        assertAudited(CASE_WORKER_KALBAR, DELETE, "Case", fresh.id(), 3, SAMBAS, s -> s.cases().delete(fresh.id(), 3));
    }

    @Test
    public void everyChangeOfCoordinationDataAppendsOneEntry() {
        TaskForce national = world.nationalTaskForce();
        assertAudited(COORDINATOR_NATIONAL, CREATE, "TaskForce", national.id(), 1, NATIONAL,
                s -> s.taskForces().save(national));
        assertAudited(COORDINATOR_NATIONAL, UPDATE, "TaskForce", national.id(), 2, NATIONAL,
                s -> s.taskForces().save(national.withVersion(1)));
        TaskForce province = world.provincialTaskForce(national.id());
        assertAudited(COORDINATOR_KALBAR, CREATE, "TaskForce", province.id(), 1, KALBAR, s -> s.taskForces().save(province));

        ActionPlan ran = store.actionPlans().save(world.nationalPlan()).stored();
        ActionPlan rad = world.provincialPlan(ran.id(), Period.years(2021, 2024));
        assertAudited(COORDINATOR_KALBAR, CREATE, "ActionPlan", rad.id(), 1, KALBAR, s -> s.actionPlans().save(rad));
        assertAudited(COORDINATOR_KALBAR, UPDATE, "ActionPlan", rad.id(), 2, KALBAR,
                s -> s.actionPlans().save(rad.withVersion(1)));
        assertAudited(COORDINATOR_KALBAR, DELETE, "ActionPlan", rad.id(), 2, KALBAR, s -> s.actionPlans().delete(rad.id(), 2));

        CoordinationMeeting rakor = world.meeting(province.id(), LocalDate.of(2026, 2, 10));
        assertAudited(COORDINATOR_KALBAR, CREATE, "Meeting", rakor.id(), 1, KALBAR, s -> s.meetings().save(rakor));
        assertAudited(COORDINATOR_KALBAR, UPDATE, "Meeting", rakor.id(), 2, KALBAR,
                s -> s.meetings().save(rakor.withVersion(1)));
        assertAudited(COORDINATOR_KALBAR, DELETE, "Meeting", rakor.id(), 2, KALBAR, s -> s.meetings().delete(rakor.id(), 2));

        Agency ngo = Agency.create("Yayasan Sahabat Perempuan Pontianak", AgencyType.NGO, KOTA_PONTIANAK);
        assertAudited(COORDINATOR_PONTIANAK, CREATE, "Agency", ngo.id(), 1, KOTA_PONTIANAK, s -> s.agencies().save(ngo));
        assertAudited(COORDINATOR_PONTIANAK, UPDATE, "Agency", ngo.id(), 2, KOTA_PONTIANAK,
                s -> s.agencies().save(ngo.withVersion(1)));
        assertAudited(COORDINATOR_PONTIANAK, DELETE, "Agency", ngo.id(), 2, KOTA_PONTIANAK,
                s -> s.agencies().delete(ngo.id(), 2));

        TaskForce dissolvable = store.taskForces().save(TckWorld.withStatus(world.provincialTaskForce(national.id()),
                TaskForceStatus.DISSOLVED)).stored();
        assertAudited(COORDINATOR_KALBAR, DELETE, "TaskForce", dissolvable.id(), 1, KALBAR,
                s -> s.taskForces().delete(dissolvable.id(), 1));
    }

    @Test
    public void anImportOfAreasAppendsOneEntryAndAnEmptyOneNone() {
        assertAudited(ADMINISTRATOR_NATIONAL, IMPORT, "Jurisdiction", null, 0, NATIONAL,
                s -> s.jurisdictions().importAll(List.of(Jurisdiction.of("61.71.01.1001", "Benua Melayu Darat"),
                        Jurisdiction.of("61.71.01.1002", "Benua Melayu Laut"))));
        StoreSnapshot before = snapshot();
        as(ADMINISTRATOR_NATIONAL).jurisdictions().importAll(List.of());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    public void anEntryIsKeptIfAndOnlyIfItsChangeIs() {
        TraffickingCase first = simpleCase("LP/AUDIT/2", LocalDate.of(2026, 3, 1));
        TraffickingCase second = simpleCase("LP/AUDIT/3", LocalDate.of(2026, 3, 2));
        Agency ngo = Agency.create("Yayasan Harapan Kapuas", AgencyType.NGO, KOTA_PONTIANAK);
        StoreSnapshot before = snapshot();
        assertThatThrownBy(() -> as(CASE_WORKER_NATIONAL).runInUnitOfWork(s -> {
            s.cases().save(first);
            s.cases().save(second);
            as(COORDINATOR_NATIONAL).agencies().save(ngo);
            throw new Abort();
        })).isInstanceOf(Abort.class);
        assertThat(snapshot()).as("a unit of work that failed").isEqualTo(before);

        as(CASE_WORKER_NATIONAL).runInUnitOfWork(s -> {
            s.cases().save(first);
            // A failed save inside the unit leaves nothing of itself, not even an entry.
            assertThatThrownBy(() -> s.cases().save(TckFixtures.withNumber(second, "LP/AUDIT/2")))
                    .isInstanceOf(DuplicateException.class);
            s.cases().save(second);
        });
        StoreSnapshot after = snapshot();
        assertThat(after.auditSince(before)).extracting(AuditEntry::action, AuditEntry::aggregateId).containsExactly(
                tuple(CREATE, first.id().toString()),
                tuple(CREATE, second.id().toString()));
        assertThat(after.data().cases()).extracting(TraffickingCase::id).containsExactly(first.id(), second.id());
    }

    @Test
    public void aWriteThatFailsLeavesNoEntry() {
        TraffickingCase stored = store.cases().save(simpleCase("LP/AUDIT/4", LocalDate.of(2026, 3, 1))).stored();
        store.cases().save(stored);
        GugusStore worker = as(CASE_WORKER_KALBAR);
        List<Runnable> failing = List.of(
                () -> worker.cases().save(simpleCase("LP/AUDIT/5", today().plusDays(1))),
                () -> worker.cases().save(stored),
                () -> worker.cases().save(simpleCase("LP/AUDIT/4", LocalDate.of(2026, 3, 2))),
                () -> worker.cases().save(registeredIn(simpleCase("LP/AUDIT/6", LocalDate.of(2026, 3, 2)),
                        TckFixtures.UNKNOWN_AREA)),
                () -> worker.cases().save(simpleCase("LP/AUDIT/7", LocalDate.of(2026, 3, 2)).withVersion(3)),
                () -> worker.cases().delete(stored.id(), 1),
                () -> worker.cases().delete(CaseId.random(), 1),
                () -> as(ADMINISTRATOR_NATIONAL).jurisdictions().importAll(
                        List.of(Jurisdiction.of("61.79.01", "Kecamatan Tanpa Kota"))));
        List<Class<? extends Exception>> expected = List.of(ValidationException.class, ConflictException.class,
                DuplicateException.class, ReferenceException.class, NotFoundException.class, ConflictException.class,
                NotFoundException.class, ReferenceException.class);
        for (int i = 0; i < failing.size(); i++) {
            StoreSnapshot before = snapshot();
            assertThatThrownBy(failing.get(i)::run).as("failing write %s", i).isInstanceOf(expected.get(i));
            assertThat(snapshot()).as("failing write %s", i).isEqualTo(before);
        }
    }

    // ---- atomicity of a change and its entry; entries that outlast a unit (issue #11) -------------

    /**
     * The back-end under test with an audit log that fails while {@link #broken} is set: every
     * append joined to a unit of work ({@code inUnit}) or every independent one ({@code alone}).
     */
    protected static final class BreakableAudit extends ForwardingStorageBackend {
        private final StorageBackend inner;
        boolean inUnit;
        boolean alone;

        BreakableAudit(StorageBackend inner) {
            this.inner = inner;
        }

        @Override
        protected StorageBackend delegate() {
            return inner;
        }

        void broken(boolean inUnitAppends, boolean independentAppends) {
            inUnit = inUnitAppends;
            alone = independentAppends;
        }

        @Override
        public AuditStorage audit() {
            AuditStorage log = inner.audit();
            return new ForwardingAuditStorage() {
                @Override
                protected AuditStorage delegate() {
                    return log;
                }

                @Override
                public void append(List<AuditEntry> entries) {
                    if (inUnit) {
                        throw new StorageException("the audit log fails for this test");
                    }
                    super.append(entries);
                }

                @Override
                public void appendIndependently(List<AuditEntry> entries) {
                    if (alone) {
                        throw new StorageException("the audit log fails for this test");
                    }
                    super.appendIndependently(entries);
                }
            };
        }
    }

    /** A store on {@link #backend} whose audit log can be broken; it acts as SYSTEM. */
    protected BreakableAudit breakable() {
        return new BreakableAudit(backend);
    }

    @Test
    public void aChangeWhoseEntryCannotBeWrittenIsNotKeptEvenIfTheUnitCatchesTheFailureAndCommits() {
        BreakableAudit failing = breakable();
        GugusStore worker = GugusStore.on(failing, clock()).as(CASE_WORKER_NATIONAL);
        TraffickingCase lost = simpleCase("LP/AUDIT/ATOMIC/1", LocalDate.of(2026, 3, 1));
        TraffickingCase kept = simpleCase("LP/AUDIT/ATOMIC/2", LocalDate.of(2026, 3, 2));
        TraffickingCase doomed = store.cases().save(simpleCase("LP/AUDIT/ATOMIC/3", LocalDate.of(2026, 3, 3))).stored();
        StoreSnapshot before = snapshot();

        worker.runInUnitOfWork(s -> {
            failing.broken(true, false);
            assertThatThrownBy(() -> s.cases().save(lost)).as("insert").isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> s.cases().save(doomed)).as("update").isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> s.cases().delete(doomed.id(), 1)).as("delete").isInstanceOf(StorageException.class);
            failing.broken(false, false);
            s.cases().save(kept);
        });

        StoreSnapshot after = snapshot();
        assertThat(after.data().cases()).extracting(TraffickingCase::id, TraffickingCase::version)
                .containsExactlyInAnyOrder(tuple(doomed.id(), 1L), tuple(kept.id(), 1L));
        assertThat(after.auditSince(before)).extracting(AuditEntry::action, AuditEntry::aggregateId)
                .containsExactly(tuple(CREATE, kept.id().toString()));
    }

    @Test
    public void aChangeWhoseEntryCannotBeWrittenOutsideAUnitIsNotKept() {
        BreakableAudit failing = breakable();
        GugusStore worker = GugusStore.on(failing, clock()).as(CASE_WORKER_NATIONAL);
        TraffickingCase doomed = store.cases().save(simpleCase("LP/AUDIT/ATOMIC/4", LocalDate.of(2026, 3, 3))).stored();
        StoreSnapshot before = snapshot();
        failing.broken(true, false);

        assertThatThrownBy(() -> worker.cases().save(simpleCase("LP/AUDIT/ATOMIC/5", LocalDate.of(2026, 3, 1))))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> worker.cases().save(doomed)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> worker.cases().delete(doomed.id(), 1)).isInstanceOf(StorageException.class);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    public void aReadOfPersonalDataOutlastsTheRollbackOfAnEnclosingUnitOfTheBackEnd() {
        TraffickingCase c = store.cases().save(TckPeople.caseWith("LP/AUDIT/ATOMIC/6", KOTA_PONTIANAK, TckPeople.victim())).stored();
        TraffickingCase other = simpleCase("LP/AUDIT/ATOMIC/7", LocalDate.of(2026, 3, 1));
        StoreSnapshot before = snapshot();

        // The back-end's own unit, as an application's transaction on the same data source would be.
        assertThatThrownBy(() -> backend.inUnitOfWork(() -> {
            GugusStore worker = as(CASE_WORKER_KALBAR);
            TraffickingCase read = worker.cases().get(c.id());
            assertThat(read.holdsPersonalData()).isTrue();
            worker.cases().save(other);
            throw new Abort();
        })).isInstanceOf(Abort.class);

        StoreSnapshot after = snapshot();
        assertThat(after.auditSince(before)).as("the read's entry is kept, the rolled-back change's is not")
                .extracting(AuditEntry::action, AuditEntry::aggregateId)
                .containsExactly(tuple(AuditAction.READ_PERSONAL_DATA, c.id().toString()));
        assertThat(after.data().cases()).extracting(TraffickingCase::id).doesNotContain(other.id());
    }

    @Test
    public void aRefusalInsideAUnitThatRollsBackIsKept() {
        TraffickingCase c = store.cases().save(simpleCase("LP/AUDIT/ATOMIC/8", LocalDate.of(2026, 3, 1))).stored();
        StoreSnapshot before = snapshot();

        assertThatThrownBy(() -> store.runInUnitOfWork(s -> s.as(CASE_WORKER_NTT).cases().get(c.id())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(snapshot().auditSince(before)).extracting(AuditEntry::outcome, AuditEntry::actorId, AuditEntry::rule)
                .containsExactly(tuple(AuditOutcome.DENIED, CASE_WORKER_NTT.id(), AccessRule.SCOPE.id()));
    }

    @Test
    public void aReadOfPersonalDataThatCannotBeRecordedHandsNothingOutInsideOrOutsideAUnit() {
        TraffickingCase c = store.cases().save(TckPeople.caseWith("LP/AUDIT/ATOMIC/9", KOTA_PONTIANAK, TckPeople.victim())).stored();
        BreakableAudit failing = breakable();
        GugusStore worker = GugusStore.on(failing, clock()).as(CASE_WORKER_KALBAR);
        failing.broken(false, true);
        List<Object> handedOut = new ArrayList<>();

        assertThatThrownBy(() -> handedOut.add(worker.cases().get(c.id()))).isInstanceOf(StorageException.class);
        worker.runInUnitOfWork(s -> {
            assertThatThrownBy(() -> handedOut.add(s.cases().get(c.id()))).isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> handedOut.add(s.cases().query(CaseQuery.all(), PageRequest.first(10))))
                    .isInstanceOf(StorageException.class);
        });

        assertThat(handedOut).isEmpty();
    }

    // ---- queries ---------------------------------------------------------------------------------

    /** A log with known entries, made by {@link #writeKnownLog()}. */
    protected record KnownLog(TraffickingCase pontianak, TraffickingCase sambas, TraffickingCase kupang,
            TaskForce national, List<Instant> times) {}

    /**
     * Seven calls an hour apart: creations in Kota Pontianak, Sambas and Kota Kupang by their
     * case workers, an update in Pontianak, a deletion in Sambas, a national task force, and a
     * viewer refused a Pontianak case.
     */
    protected KnownLog writeKnownLog() {
        List<Instant> times = new ArrayList<>();
        TraffickingCase p = simpleCase("LP/AUDIT/P", LocalDate.of(2026, 3, 1));
        TraffickingCase s = registeredIn(simpleCase("LP/AUDIT/S", LocalDate.of(2026, 3, 1)), SAMBAS);
        TraffickingCase k = registeredIn(simpleCase("LP/AUDIT/K", LocalDate.of(2026, 3, 1)), KOTA_KUPANG);
        TaskForce national = world.nationalTaskForce();
        times.add(time.advance(Duration.ofHours(1)));
        TraffickingCase p1 = as(CASE_WORKER_PONTIANAK).cases().save(p).stored();
        times.add(time.advance(Duration.ofHours(1)));
        as(CASE_WORKER_KALBAR).cases().save(s);
        times.add(time.advance(Duration.ofHours(1)));
        as(CASE_WORKER_NTT).cases().save(k);
        times.add(time.advance(Duration.ofHours(1)));
        as(CASE_WORKER_PONTIANAK).cases().save(p1);
        times.add(time.advance(Duration.ofHours(1)));
        as(CASE_WORKER_KALBAR).cases().delete(s.id(), 1);
        times.add(time.advance(Duration.ofHours(1)));
        as(COORDINATOR_NATIONAL).taskForces().save(national);
        times.add(time.advance(Duration.ofHours(1)));
        assertThatThrownBy(() -> as(VIEWER_PONTIANAK).cases().find(p.id())).isInstanceOf(AccessDeniedException.class);
        return new KnownLog(p, s, k, national, times);
    }

    /** Every entry matching {@code query}, read as {@code reader} in pages of {@code size}, following the cursors. */
    protected List<AuditEntry> read(Actor reader, AuditQuery query, int size) {
        List<AuditEntry> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(size);
        while (true) {
            Page<AuditEntry> page = as(reader).auditLog().query(query, request);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(size);
            seen.addAll(page.items());
            if (!page.hasNext()) {
                return seen;
            }
            request = request.next(page);
        }
    }

    @Test
    public void entriesAreFoundByAggregateActorTimeAndArea() {
        KnownLog log = writeKnownLog();
        List<Instant> t = log.times();
        assertThat(read(ADMINISTRATOR_NATIONAL, AuditQuery.all().forAggregate("Case", log.pontianak().id()), 100))
                .extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::actorId, AuditEntry::at)
                .containsExactly(
                        tuple(CREATE, AuditOutcome.ALLOWED, CASE_WORKER_PONTIANAK.id(), t.get(0)),
                        tuple(UPDATE, AuditOutcome.ALLOWED, CASE_WORKER_PONTIANAK.id(), t.get(3)),
                        tuple(AuditAction.READ, AuditOutcome.DENIED, VIEWER_PONTIANAK.id(),
                                t.get(6)));
        assertThat(read(ADMINISTRATOR_NATIONAL, AuditQuery.all().byActor(CASE_WORKER_KALBAR.id()), 100))
                .extracting(AuditEntry::action, AuditEntry::aggregateId).containsExactly(
                        tuple(CREATE, log.sambas().id().toString()),
                        tuple(DELETE, log.sambas().id().toString()));
        // [from, to): the entry at "from" is in, the entry at "to" is out.
        assertThat(read(ADMINISTRATOR_NATIONAL, AuditQuery.all().between(t.get(1), t.get(3)), 100))
                .extracting(AuditEntry::at).containsExactly(t.get(1), t.get(2));
        assertThat(read(ADMINISTRATOR_NATIONAL, AuditQuery.all().within(NTT), 100))
                .extracting(AuditEntry::aggregateId)
                .containsExactly(world.pemkotKupang.id().toString(), log.kupang().id().toString());
        assertThat(read(ADMINISTRATOR_NATIONAL, AuditQuery.all().forType("TaskForce"), 100))
                .extracting(AuditEntry::aggregateId).containsExactly(log.national().id().toString());
        assertThat(read(ADMINISTRATOR_NATIONAL, AuditQuery.all().within(KALBAR).forType("Case").between(t.get(0), t.get(6)), 100))
                .extracting(AuditEntry::at).containsExactly(t.get(0), t.get(1), t.get(3), t.get(4));
    }

    /** Every combination of a few values of each criterion, against {@link AuditQuery#matches}. */
    @Test
    public void everyQueryFindsExactlyWhatItsReferenceSemanticsMatch() {
        KnownLog log = writeKnownLog();
        List<AuditEntry> all = audit();
        List<Instant> t = log.times();
        List<String> actors = Arrays.asList(null, CASE_WORKER_PONTIANAK.id(), "system", "nobody");
        List<String> types = Arrays.asList(null, "Case", "Agency");
        List<String> ids = Arrays.asList(null, log.pontianak().id().toString());
        List<Instant[]> ranges = Arrays.asList(null, new Instant[] {t.get(0), t.get(4)},
                new Instant[] {TckFixtures.CLOCK.instant(), t.get(0)}, new Instant[] {t.get(2), t.get(2)});
        List<JurisdictionCode> areas = Arrays.asList(null, NATIONAL, KALBAR, KOTA_PONTIANAK, NTT);
        int nonEmpty = 0;
        for (String actor : actors) {
            for (String type : types) {
                for (String id : ids) {
                    for (Instant[] range : ranges) {
                        for (JurisdictionCode area : areas) {
                            if (id != null && type == null) {
                                continue;
                            }
                            AuditQuery q = new AuditQuery(actor, type, id, range == null ? null : range[0],
                                    range == null ? null : range[1], area);
                            List<AuditEntry> expected = all.stream().filter(q::matches).toList();
                            assertThat(read(ADMINISTRATOR_NATIONAL, q, 4)).as("%s", q).isEqualTo(expected);
                            nonEmpty += expected.isEmpty() ? 0 : 1;
                        }
                    }
                }
            }
        }
        assertThat(nonEmpty).as("queries that find something").isGreaterThan(30);
    }

    @Test
    public void pagesFollowEachOtherWithoutRepeatsOrGaps() {
        writeKnownLog();
        List<AuditEntry> all = audit();
        assertThat(all).extracting(AuditEntry::sequence).isSorted().doesNotHaveDuplicates().allMatch(s -> s > 0);
        for (AuditQuery q : List.of(AuditQuery.all(), AuditQuery.all().within(KALBAR), AuditQuery.all().forType("Agency"))) {
            List<AuditEntry> expected = all.stream().filter(q::matches).toList();
            for (int size : new int[] {1, 2, 3, 7, expected.size(), PageRequest.MAX_SIZE}) {
                assertThat(read(ADMINISTRATOR_NATIONAL, q, Math.max(size, 1))).as("%s in pages of %s", q, size)
                        .isEqualTo(expected);
                assertThat(as(ADMINISTRATOR_NATIONAL).auditLog().stream(q, PageRequest.first(Math.max(size, 1))).toList())
                        .as("%s streamed in pages of %s", q, size).isEqualTo(expected);
            }
        }
    }

    @Test
    public void entriesAppendedBetweenPagesComeAfterThePagesAlreadyRead() {
        AuditQuery agencies = AuditQuery.all().forType("Agency");
        Page<AuditEntry> first = as(ADMINISTRATOR_NATIONAL).auditLog().query(agencies, PageRequest.first(5));
        assertThat(first.hasNext()).isTrue();
        time.advance(Duration.ofMinutes(1));
        Agency late = as(COORDINATOR_NATIONAL).agencies().save(Agency.create("Yayasan Datang Belakangan", AgencyType.NGO, KALBAR));
        List<AuditEntry> seen = new ArrayList<>(first.items());
        PageRequest request = PageRequest.first(5).next(first);
        while (request.after() != null) {
            Page<AuditEntry> page = as(ADMINISTRATOR_NATIONAL).auditLog().query(agencies, request);
            seen.addAll(page.items());
            request = request.next(page);
        }
        assertThat(seen).isEqualTo(audit().stream().filter(agencies::matches).toList());
        assertThat(seen.get(seen.size() - 1).aggregateId()).isEqualTo(late.id().toString());
    }

    @Test
    public void aStreamReadsTheEntriesAppendedWhileItRunsAfterThoseAlreadyRead() {
        AuditQuery agencies = AuditQuery.all().forType("Agency");
        Iterator<AuditEntry> stream = as(ADMINISTRATOR_NATIONAL).auditLog().stream(agencies, PageRequest.first(5)).iterator();
        List<AuditEntry> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            seen.add(stream.next());
        }
        time.advance(Duration.ofMinutes(1));
        Agency late = as(COORDINATOR_NATIONAL).agencies().save(Agency.create("Yayasan Datang Terlambat", AgencyType.NGO, KALBAR));
        stream.forEachRemaining(seen::add);
        assertThat(seen).isEqualTo(audit().stream().filter(agencies::matches).toList());
        assertThat(seen.get(seen.size() - 1).aggregateId()).isEqualTo(late.id().toString());
        Page<AuditEntry> first = as(ADMINISTRATOR_NATIONAL).auditLog().query(agencies, PageRequest.first(5));
        assertThat(as(ADMINISTRATOR_NATIONAL).auditLog().stream(agencies, PageRequest.first(5).next(first)).toList())
                .isEqualTo(seen.subList(5, seen.size()));
    }

    @Test
    public void aCursorNotMadeByTheLogIsRefused() {
        for (String cursor : List.of("not a cursor", "-1", "12abc", "")) {
            assertThatThrownBy(() -> as(ADMINISTRATOR_NATIONAL).auditLog().query(AuditQuery.all(), new PageRequest(5, cursor)))
                    .as("cursor '%s'", cursor).isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("[PAGE-CURSOR] page.after");
            assertThatThrownBy(() -> as(ADMINISTRATOR_NATIONAL).auditLog().stream(AuditQuery.all(), new PageRequest(5, cursor)))
                    .as("stream from cursor '%s'", cursor).isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("[PAGE-CURSOR] page.after");
        }
    }

    // ---- append-only -------------------------------------------------------------------------------

    /** Names a method that could change or remove an entry would have. */
    private static final List<String> REWRITING = List.of("update", "delete", "remove", "clear", "truncate", "purge",
            "set", "replace", "rewrite", "edit", "erase", "drop", "prune", "compact");

    @Test
    public void theLogCanOnlyBeAppendedTo() {
        assertThat(publicMethods(AuditStorage.class)).containsExactlyInAnyOrder("append", "appendIndependently", "query");
        assertThat(publicMethods(AuditLog.class)).containsExactlyInAnyOrder("query", "stream", "parseCursor");
        for (Class<?> type : List.of(AuditStorage.class, AuditLog.class, backend.audit().getClass())) {
            assertThat(publicMethods(type)).as("public methods of %s", type.getName())
                    .noneMatch(name -> REWRITING.stream().anyMatch(verb -> name.toLowerCase(Locale.ROOT).startsWith(verb)));
        }
    }

    private static Set<String> publicMethods(Class<?> type) {
        Set<String> objectMethods = Arrays.stream(Object.class.getMethods()).map(Method::getName).collect(Collectors.toSet());
        return Arrays.stream(type.getMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .map(Method::getName)
                .filter(name -> !objectMethods.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    public void entriesOnceWrittenNeverChange() {
        KnownLog log = writeKnownLog();
        StoreSnapshot written = snapshot();
        // More of everything: a rolled-back unit, a refusal, a failed write, more changes.
        assertThatThrownBy(() -> as(CASE_WORKER_PONTIANAK).runInUnitOfWork(s -> {
            s.cases().save(simpleCase("LP/AUDIT/R", LocalDate.of(2026, 3, 3)));
            throw new Abort();
        })).isInstanceOf(Abort.class);
        assertThatThrownBy(() -> as(CASE_WORKER_PONTIANAK).cases().find(log.kupang().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(CASE_WORKER_PONTIANAK).cases().save(log.pontianak().withVersion(1)))
                .isInstanceOf(ConflictException.class);
        as(CASE_WORKER_PONTIANAK).cases().save(simpleCase("LP/AUDIT/Q", LocalDate.of(2026, 3, 3)));
        List<AuditEntry> later = snapshot().auditSince(written);
        assertThat(later).extracting(AuditEntry::outcome, AuditEntry::action).containsExactly(
                tuple(AuditOutcome.DENIED, AuditAction.READ),
                tuple(AuditOutcome.ALLOWED, CREATE));
        assertThat(later.get(0).sequence()).isGreaterThan(written.audit().get(written.audit().size() - 1).sequence());
    }

    // ---- who reads the log --------------------------------------------------------------------------

    @Test
    public void readingTheLogNeedsReadAudit() {
        for (Actor actor : List.of(VIEWER_NATIONAL, CASE_WORKER_NATIONAL, COORDINATOR_NATIONAL)) {
            assertDenied(actor, AccessRule.PERMISSION, AuditAction.READ, "AuditEntry", null,
                    s -> s.auditLog().query(AuditQuery.all(), PageRequest.first(10)));
        }
        assertThat(as(ADMINISTRATOR_NATIONAL).auditLog().query(AuditQuery.all(), PageRequest.first(10)).items()).hasSize(10);
    }

    @Test
    public void theLogIsNarrowedToTheReadersScope() {
        writeKnownLog();
        List<AuditEntry> all = audit();
        assertThat(read(ADMINISTRATOR_NATIONAL, AuditQuery.all(), 50)).isEqualTo(all);
        List<AuditEntry> kalbar = all.stream().filter(e -> KALBAR.contains(e.jurisdiction())).toList();
        List<AuditEntry> pontianak = all.stream().filter(e -> KOTA_PONTIANAK.contains(e.jurisdiction())).toList();
        assertThat(kalbar).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(pontianak).isNotEmpty().hasSizeLessThan(kalbar.size());
        assertThat(read(ADMINISTRATOR_KALBAR, AuditQuery.all(), 50)).isEqualTo(kalbar);
        assertThat(read(ADMINISTRATOR_KALBAR, AuditQuery.all().within(NATIONAL), 50)).isEqualTo(kalbar);
        assertThat(read(ADMINISTRATOR_KALBAR, AuditQuery.all().within(KOTA_PONTIANAK), 50)).isEqualTo(pontianak);
        assertThat(read(ADMINISTRATOR_KALBAR, AuditQuery.all().within(NTT), 50)).isEmpty();
        assertThat(read(ADMINISTRATOR_PONTIANAK, AuditQuery.all(), 50)).isEqualTo(pontianak);
        assertThat(read(ADMINISTRATOR_PONTIANAK, AuditQuery.all().within(SAMBAS), 50)).isEmpty();
        assertThat(read(ADMINISTRATOR_KALBAR, AuditQuery.all(), 4)).as("in small pages").isEqualTo(kalbar);
    }
}
