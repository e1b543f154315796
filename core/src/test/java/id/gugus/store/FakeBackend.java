package id.gugus.store;

import com.google.common.collect.ImmutableList;
import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseCursor;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.DuplicateReason;
import id.gugus.cases.DuplicateVictims;
import id.gugus.cases.Nik;
import id.gugus.cases.Statistics;
import id.gugus.cases.StatisticsTally;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.cases.VictimIdentity;
import id.gugus.cases.VictimInCase;
import id.gugus.common.Aggregate;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.common.Period;
import id.gugus.error.DuplicateException;
import id.gugus.error.StorageException;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.Decision;
import id.gugus.meeting.MeetingId;
import id.gugus.meeting.PendingFollowUp;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.ActionPlanId;
import id.gugus.spi.ActionPlanStorage;
import id.gugus.spi.AgencyStorage;
import id.gugus.spi.AggregateStorage;
import id.gugus.spi.AuditStorage;
import id.gugus.spi.CaseStorage;
import id.gugus.spi.JurisdictionStorage;
import id.gugus.spi.MeetingStorage;
import id.gugus.spi.StorageBackend;
import id.gugus.spi.TaskForceStorage;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A back-end as small as the SPI allows, so that core can test the store machinery without any
 * other module: plain maps, queries that filter every row, and units of work that copy every
 * table when the outermost one starts and put the copies back if it throws. It enforces the
 * unique keys the store leaves to back-ends (the id, the case number) and is not thread-safe.
 *
 * <p>A test can break it on purpose: {@link #loseNextVersionedWrite()} makes the next update or
 * delete find another version (another writer won the race), {@link #breakAuditLog()} makes every
 * append fail, and {@link #finds()} counts look-ups by id.
 */
final class FakeBackend implements StorageBackend {
    private final Areas areas = new Areas();
    private final Agencies agencies = new Agencies();
    private final TaskForces taskForces = new TaskForces();
    private final Cases cases = new Cases();
    private final Plans plans = new Plans();
    private final Meetings meetings = new Meetings();
    private final Audit audit = new Audit();
    private final List<Table<?, ?>> tables = List.of(agencies, taskForces, cases, plans, meetings);
    private final Map<Object, Integer> finds = new HashMap<>();
    private int depth;
    private boolean loseNextVersionedWrite;
    private boolean auditBroken;

    /** The entries appended and committed so far, in order. */
    List<AuditEntry> auditEntries() {
        return List.copyOf(audit.entries);
    }

    /** How many times each id or code was looked up with {@code find}. */
    Map<Object, Integer> finds() {
        return finds;
    }

    /** The next {@code update} or {@code delete} changes nothing and returns false, as if another writer had won. */
    void loseNextVersionedWrite() {
        loseNextVersionedWrite = true;
    }

    /** From now on every audit append fails with a {@link StorageException}. */
    void breakAuditLog() {
        auditBroken = true;
    }

    /** Audit appends work again. */
    void repairAuditLog() {
        auditBroken = false;
    }

    /** Whether a unit of work is open on the back-end now. */
    boolean unitOpen() {
        return depth > 0;
    }

    @Override
    public JurisdictionStorage jurisdictions() {
        return areas;
    }

    @Override
    public AgencyStorage agencies() {
        return agencies;
    }

    @Override
    public TaskForceStorage taskForces() {
        return taskForces;
    }

    @Override
    public CaseStorage cases() {
        return cases;
    }

    @Override
    public ActionPlanStorage actionPlans() {
        return plans;
    }

    @Override
    public MeetingStorage meetings() {
        return meetings;
    }

    @Override
    public AuditStorage audit() {
        return audit;
    }

    /** Joins the open unit, or opens one that restores every table if the work throws. */
    @Override
    public <T> T inUnitOfWork(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        return inNestedUnitOfWork(work);
    }

    /** A unit or a step of one: restores every table if the work throws, but keeps entries appended independently. */
    @Override
    public <T> T inNestedUnitOfWork(Supplier<T> work) {
        Map<JurisdictionCode, Jurisdiction> areasBefore = new TreeMap<>(areas.rows);
        List<Runnable> tablesBefore = tables.stream().map(Table::snapshot).toList();
        int auditBefore = audit.entries.size();
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            areas.rows.clear();
            areas.rows.putAll(areasBefore);
            tablesBefore.forEach(Runnable::run);
            List<AuditEntry> after = audit.entries.subList(auditBefore, audit.entries.size());
            after.removeIf(entry -> !audit.lasting.contains(entry));
            throw e;
        } finally {
            depth--;
        }
    }

    private boolean lostRace() {
        boolean lost = loseNextVersionedWrite;
        loseNextVersionedWrite = false;
        return lost;
    }

    private static <T> List<T> sorted(Stream<T> rows, Comparator<T> order) {
        return rows.sorted(order).collect(ImmutableList.toImmutableList());
    }

    /** Rows of one aggregate type, versioned as the SPI says: update and delete only at the expected version. */
    private class Table<I, A extends Aggregate<I, A>> implements AggregateStorage<I, A> {
        final Map<I, A> rows = new LinkedHashMap<>();

        /** What puts the rows back as they are now. */
        Runnable snapshot() {
            Map<I, A> before = new LinkedHashMap<>(rows);
            return () -> {
                rows.clear();
                rows.putAll(before);
            };
        }

        Stream<A> all() {
            return rows.values().stream();
        }

        @Override
        public Optional<A> find(I id) {
            finds.merge(id, 1, Integer::sum);
            return Optional.ofNullable(rows.get(id));
        }

        /** The id is a unique key, as the SPI requires of every back-end. */
        @Override
        public void insert(A aggregate) {
            if (rows.containsKey(aggregate.id())) {
                throw new DuplicateException(aggregate.getClass().getSimpleName(), "id", aggregate.id());
            }
            requireUniqueKeys(aggregate);
            rows.put(aggregate.id(), aggregate);
        }

        @Override
        public boolean update(A aggregate, long expectedVersion) {
            A stored = rows.get(aggregate.id());
            if (lostRace() || stored == null || stored.version() != expectedVersion) {
                return false;
            }
            requireUniqueKeys(aggregate);
            rows.put(aggregate.id(), aggregate);
            return true;
        }

        /** Throws a {@link DuplicateException} if another row holds a unique key of {@code aggregate}; none but the id here. */
        void requireUniqueKeys(A aggregate) {}

        @Override
        public boolean delete(I id, long expectedVersion) {
            A stored = rows.get(id);
            if (lostRace() || stored == null || stored.version() != expectedVersion) {
                return false;
            }
            rows.remove(id);
            return true;
        }
    }

    private final class Areas implements JurisdictionStorage {
        final Map<JurisdictionCode, Jurisdiction> rows = new TreeMap<>();

        @Override
        public void importAll(Collection<Jurisdiction> batch) {
            batch.forEach(a -> rows.put(a.code(), a));
        }

        @Override
        public Optional<Jurisdiction> find(JurisdictionCode code) {
            finds.merge(code, 1, Integer::sum);
            return Optional.ofNullable(rows.get(code));
        }

        @Override
        public List<Jurisdiction> children(JurisdictionCode code) {
            return rows.values().stream().filter(a -> a.parent().filter(code::equals).isPresent()).toList();
        }

        @Override
        public List<Jurisdiction> subtree(JurisdictionCode code) {
            return rows.values().stream().filter(a -> code.contains(a.code())).toList();
        }

        @Override
        public long count() {
            return rows.size();
        }
    }

    private final class Agencies extends Table<AgencyId, Agency> implements AgencyStorage {
        @Override
        public List<Agency> inSubtree(JurisdictionCode code) {
            return sorted(all().filter(a -> code.contains(a.jurisdiction())),
                    Comparator.comparing(Agency::name).thenComparing(a -> a.id().toString()));
        }
    }

    private final class TaskForces extends Table<TaskForceId, TaskForce> implements TaskForceStorage {
        @Override
        public Optional<TaskForce> activeFor(JurisdictionCode jurisdiction) {
            return all().filter(tf -> tf.jurisdiction().equals(jurisdiction) && tf.status().isActive()).findFirst();
        }

        @Override
        public List<TaskForce> inSubtree(JurisdictionCode code) {
            return sorted(all().filter(tf -> code.contains(tf.jurisdiction())),
                    Comparator.comparing(TaskForce::jurisdiction).thenComparing(tf -> tf.id().toString()));
        }
    }

    private final class Cases extends Table<CaseId, TraffickingCase> implements CaseStorage {
        private final Comparator<TraffickingCase> order =
                Comparator.comparing(TraffickingCase::reportedOn).thenComparing(c -> c.id().toString());

        @Override
        public Optional<TraffickingCase> findByNumber(CaseNumber number) {
            return all().filter(c -> c.number().equals(number)).findFirst();
        }

        /** The case number is unique, as the SPI requires: the store no longer pre-checks it. */
        @Override
        void requireUniqueKeys(TraffickingCase c) {
            if (all().anyMatch(other -> other.number().equals(c.number()) && !other.id().equals(c.id()))) {
                throw new DuplicateException("Case", "number", c.number());
            }
        }

        @Override
        public Page<TraffickingCase> query(CaseQuery query, PageRequest page) {
            CaseCursor after = page.after() == null ? null : CaseCursor.decode(page.after());
            List<TraffickingCase> found = sorted(matching(query)
                    .filter(c -> after == null || after.isBefore(c)), order);
            if (found.size() <= page.size()) {
                return new Page<>(ImmutableList.copyOf(found), null);
            }
            ImmutableList<TraffickingCase> items = ImmutableList.copyOf(found.subList(0, page.size()));
            return new Page<>(items, CaseCursor.of(items.get(items.size() - 1)).encode());
        }

        @Override
        public long count(CaseQuery query) {
            return matching(query).count();
        }

        @Override
        public Statistics statistics(CaseQuery query, Dimension first, Dimension second) {
            return StatisticsTally.tally(matching(query)::iterator, first, second);
        }

        @Override
        public List<DuplicateVictims> duplicateVictims() {
            Map<String, List<VictimInCase>> byKey = new TreeMap<>();
            for (TraffickingCase c : sorted(all(), order)) {
                for (Victim v : c.victims()) {
                    VictimInCase where = new VictimInCase(c.id(), c.number(), c.registeredIn(), v.id());
                    VictimIdentity.nikKey(v).ifPresent(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(where));
                }
            }
            List<DuplicateVictims> groups = new ArrayList<>();
            byKey.forEach((k, victims) -> {
                if (victims.stream().map(VictimInCase::caseId).distinct().count() > 1) {
                    groups.add(new DuplicateVictims(DuplicateReason.SAME_NIK, ImmutableList.copyOf(victims), 0));
                }
            });
            return groups;
        }

        @Override
        public List<TraffickingCase> withVictimNik(Nik nik) {
            return sorted(all().filter(c -> c.victims().stream().anyMatch(v -> nik.equals(v.personal().nik()))), order);
        }

        private Stream<TraffickingCase> matching(CaseQuery query) {
            return all().filter(query::matches);
        }
    }

    private final class Plans extends Table<ActionPlanId, ActionPlan> implements ActionPlanStorage {
        @Override
        public List<ActionPlan> forJurisdiction(JurisdictionCode jurisdiction, Period period) {
            return sorted(all().filter(p -> p.jurisdiction().equals(jurisdiction) && p.period().overlaps(period)),
                    Comparator.comparing((ActionPlan p) -> p.period().start()).thenComparing(p -> p.id().toString()));
        }
    }

    private final class Meetings extends Table<MeetingId, CoordinationMeeting> implements MeetingStorage {
        @Override
        public List<CoordinationMeeting> hostedBy(TaskForceId host) {
            return sorted(all().filter(m -> m.host().equals(host)),
                    Comparator.comparing(CoordinationMeeting::date).thenComparing(m -> m.id().toString()));
        }

        @Override
        public List<PendingFollowUp> undoneFollowUps() {
            List<PendingFollowUp> undone = new ArrayList<>();
            all().forEach(m -> {
                for (Decision d : m.decisions()) {
                    if (d.followUp() != null && d.followUp().doneOn() == null) {
                        undone.add(new PendingFollowUp(m.id(), m.host(), d.followUp()));
                    }
                }
            });
            return sorted(undone.stream(), Comparator.comparing((PendingFollowUp p) -> p.followUp().due())
                    .thenComparing(p -> p.followUp().id().toString()));
        }
    }

    private final class Audit implements AuditStorage {
        final List<AuditEntry> entries = new ArrayList<>();
        /** The entries appended independently: no rollback removes them. */
        final List<AuditEntry> lasting = new ArrayList<>();
        /** The last number given; a rollback does not give a number out again, as a database sequence does not. */
        long sequence;

        @Override
        public void append(List<AuditEntry> appended) {
            if (auditBroken) {
                throw new StorageException("the audit log is broken for this test");
            }
            for (AuditEntry e : appended) {
                entries.add(e.withSequence(++sequence));
            }
        }

        @Override
        public void appendIndependently(List<AuditEntry> appended) {
            if (auditBroken) {
                throw new StorageException("the audit log is broken for this test");
            }
            for (AuditEntry e : appended) {
                AuditEntry numbered = e.withSequence(++sequence);
                entries.add(numbered);
                lasting.add(numbered);
            }
        }

        @Override
        public Page<AuditEntry> query(AuditQuery query, PageRequest page) {
            long after = page.after() == null ? 0 : AuditLog.parseCursor(page.after());
            List<AuditEntry> found = entries.stream().filter(e -> e.sequence() > after && query.matches(e))
                    .limit(page.size() + 1L).toList();
            if (found.size() <= page.size()) {
                return new Page<>(ImmutableList.copyOf(found), null);
            }
            ImmutableList<AuditEntry> items = ImmutableList.copyOf(found.subList(0, page.size()));
            return new Page<>(items, Long.toString(items.get(items.size() - 1).sequence()));
        }
    }
}
