package id.gugus.store;

import id.gugus.security.Actor;
import id.gugus.spi.StorageBackend;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The store: one entry point that hands out the repositories of every aggregate and runs units
 * of work, over any {@link StorageBackend} (in-memory, JDBC, or an integrator's own). The rules
 * live here, once: every write validates first, checks references and uniqueness, and bumps the
 * version; a stale copy is refused with a {@link id.gugus.error.ConflictException}.
 *
 * <pre>{@code
 * GugusStore store = GugusStore.on(backend);
 * Saved<TraffickingCase> saved = store.cases().save(newCase);   // version 1
 * saved.warnings().forEach(w -> show(w));                       // what the case still lacks
 * store.runInUnitOfWork(s -> {                                  // all or nothing
 *     s.agencies().save(dinasPppa);
 *     s.taskForces().save(provincialTaskForce);
 * });
 * }</pre>
 */
public final class GugusStore {
    private final StorageBackend backend;
    private final Clock clock;
    private final UnitsOfWork units;
    private final AccessDecision access;
    private final JurisdictionRepository jurisdictions;
    private final AgencyRepository agencies;
    private final TaskForceRepository taskForces;
    private final CaseRepository cases;
    private final ActionPlanRepository actionPlans;
    private final MeetingRepository meetings;
    private final AuditLog auditLog;

    /** The view of {@code actor}: the store's machinery wired once, shared by its repositories. */
    private GugusStore(StorageBackend backend, Clock clock, Actor actor, UnitsOfWork units) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.units = units;
        AuditTrail audit = new AuditTrail(backend.audit(), clock, actor, units);
        this.access = new AccessDecision(actor, audit);
        Disclosure disclosure = new Disclosure(backend, access, audit);
        VersionedWriter writer = new VersionedWriter(backend, access, audit, units);
        this.jurisdictions = new JurisdictionRepository(backend, access, audit, units);
        this.agencies = new AgencyRepository(backend, disclosure, writer);
        this.taskForces = new TaskForceRepository(backend, access, disclosure, writer);
        this.cases = new CaseRepository(backend, clock, access, disclosure, writer);
        this.actionPlans = new ActionPlanRepository(backend, access, disclosure, writer);
        this.meetings = new MeetingRepository(backend, access, disclosure, writer);
        this.auditLog = new AuditLog(backend, access);
    }

    /**
     * A store on the back-end, with the system clock in the default time zone. It acts as
     * {@link Actor#SYSTEM}: every permission, national scope, every change audited. Hand
     * {@link #as(Actor)} views to the people and services that use it.
     */
    public static GugusStore on(StorageBackend backend) {
        return on(backend, Clock.systemDefaultZone());
    }

    /** A store on the back-end; {@code clock} gives "today" to the validators. */
    public static GugusStore on(StorageBackend backend, Clock clock) {
        Objects.requireNonNull(backend, "backend");
        return new GugusStore(backend, clock, Actor.SYSTEM, new UnitsOfWork(backend));
    }

    /**
     * The same store as {@code actor} sees it (docs/privacy-and-security.md): only aggregates inside its scope's
     * subtree, only what its roles allow, personal data only with
     * {@link id.gugus.security.Permission#READ_PERSONAL_DATA} (redacted copies otherwise). A
     * refused call throws {@link id.gugus.error.AccessDeniedException}, changes nothing and is
     * audited; every change and every read of personal data is audited under the actor's id.
     * Views are cheap: make one per request, from the store {@link #on opened} on the back-end (or
     * another store acting with the {@code SYSTEM} role). A view cannot hand out views: calling
     * this on one is refused with an {@link id.gugus.error.AccessDeniedException}, and audited.
     */
    public GugusStore as(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        access.requireMayActAs(actor);
        return new GugusStore(backend, clock, actor, units);
    }

    /** The actor this store acts for. */
    public Actor actor() {
        return access.actor();
    }

    /** The audit log, for actors with {@link id.gugus.security.Permission#READ_AUDIT}. */
    public AuditLog auditLog() {
        return auditLog;
    }

    public JurisdictionRepository jurisdictions() {
        return jurisdictions;
    }

    public AgencyRepository agencies() {
        return agencies;
    }

    public TaskForceRepository taskForces() {
        return taskForces;
    }

    public CaseRepository cases() {
        return cases;
    }

    public ActionPlanRepository actionPlans() {
        return actionPlans;
    }

    public MeetingRepository meetings() {
        return meetings;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Runs {@code work} atomically and returns its result: everything it stores is kept, or, if
     * it throws, nothing is, and the exception propagates unchanged. Called inside another unit
     * of work on the same thread, it joins that one.
     *
     * <p>A repository call that fails inside the unit changes nothing itself; if {@code work}
     * catches that exception and goes on, the rest of the unit is kept.
     */
    public <T> T inUnitOfWork(Function<GugusStore, T> work) {
        Objects.requireNonNull(work, "work");
        return units.run(() -> work.apply(this));
    }

    /** {@link #inUnitOfWork} for work without a result. */
    public void runInUnitOfWork(Consumer<GugusStore> work) {
        Objects.requireNonNull(work, "work");
        units.run(() -> {
            work.accept(this);
            return null;
        });
    }
}
