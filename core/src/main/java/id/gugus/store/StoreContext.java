package id.gugus.store;

import com.google.common.collect.ImmutableList;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.common.Aggregate;
import id.gugus.error.AccessDeniedException;
import id.gugus.error.ConflictException;
import id.gugus.error.DuplicateException;
import id.gugus.error.NotFoundException;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.AccessRule;
import id.gugus.security.Actor;
import id.gugus.security.Permission;
import id.gugus.security.Role;
import id.gugus.spi.AggregateStorage;
import id.gugus.spi.StorageBackend;
import id.gugus.validation.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * What every repository of one {@link GugusStore} shares: the back-end, the clock, the actor,
 * and the one write algorithm (access, checks, versioned insert or update, audit). Only
 * {@link GugusStore} creates it, so a repository cannot be built around a back-end without the
 * store's rules.
 *
 * <p>It is the single place where the store's cross-cutting behaviour lives (docs/privacy-and-security.md):
 * <ul>
 *   <li>access: every call checks the actor's permission, and every aggregate it reads or
 *       writes must lie in the actor's scope; a refusal is an {@link AccessDeniedException}
 *       thrown before anything changes;</li>
 *   <li>personal data: an actor without {@link Permission#READ_PERSONAL_DATA} gets redacted
 *       copies; every copy with personal data handed to one that has it is audited;</li>
 *   <li>audit: a write's entry is appended in the write's own unit of work, so it is kept if,
 *       and only if, the change is. Entries for reads and for refusals record something that
 *       happened whatever the unit of work does next; inside a unit of work they wait for it to
 *       end and are then appended in a unit of their own, so a rollback cannot erase them.</li>
 * </ul>
 */
public final class StoreContext {
    private final StorageBackend backend;
    private final Clock clock;
    private final Actor actor;
    private final Units units;

    StoreContext(StorageBackend backend, Clock clock, Actor actor, Units units) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.units = Objects.requireNonNull(units, "units");
    }

    /**
     * The same store seen by another actor: same back-end, clock and units of work. Only an actor
     * with the {@code SYSTEM} role hands out views: a view given to a person or a service must not
     * be a way to become someone else, least of all the system. A refusal is audited.
     */
    StoreContext as(Actor other) {
        Objects.requireNonNull(other, "actor");
        if (!actor.roles().contains(Role.SYSTEM)) {
            throw deny(AccessRule.PERMISSION, Role.SYSTEM.name(), AuditAction.ACT_AS, "Actor", other.id(), 0, null);
        }
        return new StoreContext(backend, clock, other, units);
    }

    public StorageBackend backend() {
        return backend;
    }

    public Clock clock() {
        return clock;
    }

    public Actor actor() {
        return actor;
    }

    /** Today by the store's clock: the date validators compare against. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Runs {@code work} in the current unit of work, or in a new one. When the outermost unit
     * ends, committed or not, the audit entries of reads and refusals made inside it are appended.
     */
    public <T> T write(Supplier<T> work) {
        units.enter();
        T result;
        try {
            result = backend.inUnitOfWork(work);
        } catch (RuntimeException | Error e) {
            if (units.leave()) {
                try {
                    flush(units.drain());
                } catch (RuntimeException auditFailure) {
                    e.addSuppressed(auditFailure);
                }
            }
            throw e;
        }
        if (units.leave()) {
            flush(units.drain());
        }
        return result;
    }

    /** Runs a read. Reads need no unit of work of their own. */
    public <T> T read(Supplier<T> work) {
        return work.get();
    }

    // ---- access ----------------------------------------------------------------------

    /**
     * Refuses the call unless the actor holds {@code permission}; the refusal is audited.
     *
     * @param id the aggregate the call names, or null
     * @param area the area the call is about, or null for the actor's scope
     */
    public void require(Permission permission, AuditAction action, String entityType, Object id, long version,
            JurisdictionCode area) {
        if (!actor.has(permission)) {
            throw deny(AccessRule.PERMISSION, permission.name(), action, entityType, id, version, area);
        }
    }

    /** Refuses the call unless {@code area} lies in the actor's scope; the refusal is audited. */
    public void requireScope(JurisdictionCode area, AuditAction action, String entityType, Object id, long version) {
        requireScope(area, action, entityType, id, version, id);
    }

    /** {@link #requireScope(JurisdictionCode, AuditAction, String, Object, long)}, the message naming the target as {@code shownAs}. */
    private void requireScope(JurisdictionCode area, AuditAction action, String entityType, Object id, long version,
            Object shownAs) {
        if (!inScope(area)) {
            throw deny(AccessRule.SCOPE, actor.scope().value(), action, entityType, id, version, area, shownAs);
        }
    }

    /** Whether {@code area} lies in the actor's scope; an area that cannot be told (null) only in a national one. */
    public boolean inScope(JurisdictionCode area) {
        return area == null ? actor.isNational() : actor.covers(area);
    }

    /** Whether a query over {@code requested} (null: everywhere) can see anything in the actor's scope. */
    public boolean meets(JurisdictionCode requested) {
        JurisdictionCode scope = actor.scope();
        return requested == null || actor.isNational() || requested.contains(scope) || scope.contains(requested);
    }

    /**
     * The area a query over {@code requested} (null: everywhere) may see: the part of it inside
     * the actor's scope; null for everywhere. Queries are narrowed, not refused; call it only
     * when the two {@link #meets meet}.
     */
    public JurisdictionCode narrow(JurisdictionCode requested) {
        if (actor.isNational()) {
            return requested;
        }
        return requested == null || requested.contains(actor.scope()) ? actor.scope() : requested;
    }

    private AccessDeniedException deny(AccessRule rule, String detail, AuditAction action, String entityType, Object id,
            long version, JurisdictionCode area) {
        return deny(rule, detail, action, entityType, id, version, area, id);
    }

    /** The refusal, audited under the aggregate's id; the message names it as the caller asked for it ({@code shownAs}). */
    private AccessDeniedException deny(AccessRule rule, String detail, AuditAction action, String entityType, Object id,
            long version, JurisdictionCode area, Object shownAs) {
        String target = shownAs == null ? entityType : entityType + " " + shownAs;
        AccessDeniedException denied = new AccessDeniedException(rule, actor.id(), action.ordinal(), target, detail);
        JurisdictionCode where = area == null ? actor.scope() : area;
        record(AuditEntry.denied(clock.instant(), actor.id(), action, entityType, id, version, where, rule.id()));
        return denied;
    }

    // ---- audit -----------------------------------------------------------------------

    /** Appends an entry for a change; call inside the change's unit of work. */
    public void audit(AuditAction action, String entityType, Object id, long version, JurisdictionCode area) {
        backend.audit().append(List.of(AuditEntry.allowed(clock.instant(), actor.id(), action, entityType, id, version,
                area == null ? JurisdictionCode.NATIONAL : area)));
    }

    /** Records what happened whatever the current unit of work does next (a read, a refusal). */
    private void record(AuditEntry entry) {
        record(List.of(entry));
    }

    private void record(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (units.inUnit()) {
            units.defer(entries);
        } else {
            flush(entries);
        }
    }

    private void flush(List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            backend.inUnitOfWork(() -> {
                backend.audit().append(entries);
                return null;
            });
        }
    }

    // ---- reading aggregates ------------------------------------------------------------

    /**
     * What the actor may see of {@code found}: nothing outside its scope (refused), a redacted
     * copy without the personal-data permission, else the aggregate, its reading audited.
     */
    public <I, A extends Aggregate<I, A>> Optional<A> reveal(AggregateKind<A> kind, Optional<A> found) {
        return reveal(kind, found, null);
    }

    /**
     * {@link #reveal(AggregateKind, Optional)} for an aggregate looked up by another key (a case
     * number): a refusal names it by that key, as the caller asked for it, and is audited under
     * its id.
     */
    public <I, A extends Aggregate<I, A>> Optional<A> reveal(AggregateKind<A> kind, Optional<A> found, Object askedFor) {
        if (found.isEmpty()) {
            return found;
        }
        A a = found.get();
        JurisdictionCode area = kind.area().of(a, backend);
        if (!kind.isPublic()) {
            requireScope(area, AuditAction.READ, kind.name(), a.id(), a.version(), askedFor == null ? a.id() : askedFor);
        }
        return Optional.of(shown(kind, List.of(new Placed<>(a, area))).get(0));
    }

    /**
     * {@link #reveal} for aggregates a query already kept inside the scope: redacted or audited
     * as one batch. Aggregates outside the scope are dropped, never returned.
     */
    public <I, A extends Aggregate<I, A>> ImmutableList<A> revealAll(AggregateKind<A> kind, Collection<A> found) {
        List<Placed<A>> visible = new ArrayList<>(found.size());
        for (A a : found) {
            JurisdictionCode area = kind.area().of(a, backend); // once: a meeting's area is a read
            if (kind.isPublic() || inScope(area)) {
                visible.add(new Placed<>(a, area));
            }
        }
        return shown(kind, visible);
    }

    /** What the actor is handed of aggregates it may see: redacted without the personal-data permission, else audited. */
    private <I, A extends Aggregate<I, A>> ImmutableList<A> shown(AggregateKind<A> kind, List<Placed<A>> visible) {
        AggregateKind.PersonalDataOf<A> personal = kind.personal();
        if (personal == null) {
            return visible.stream().map(Placed::aggregate).collect(ImmutableList.toImmutableList());
        }
        if (!actor.has(Permission.READ_PERSONAL_DATA)) {
            return visible.stream().map(p -> personal.redacted().apply(p.aggregate()))
                    .collect(ImmutableList.toImmutableList());
        }
        List<AuditEntry> reads = new ArrayList<>();
        for (Placed<A> p : visible) {
            if (personal.holdsAny().test(p.aggregate())) {
                reads.add(personalRead(kind.name(), p.aggregate().id(), p.aggregate().version(), p.area()));
            }
        }
        // Fail closed: if the reads cannot be audited, the caller gets nothing.
        record(reads);
        return visible.stream().map(Placed::aggregate).collect(ImmutableList.toImmutableList());
    }

    /** An aggregate and the area it belongs to, told once. */
    private record Placed<A>(A aggregate, JurisdictionCode area) {}

    /** Audits reads of personal data derived from the given aggregates (id to area), version unknown (0). */
    public void auditPersonalReads(String entityType, Map<?, JurisdictionCode> aggregates) {
        List<AuditEntry> reads = new ArrayList<>();
        aggregates.forEach((id, area) -> reads.add(personalRead(entityType, id, 0, area)));
        record(reads);
    }

    private AuditEntry personalRead(String entityType, Object id, long version, JurisdictionCode area) {
        return AuditEntry.allowed(clock.instant(), actor.id(), AuditAction.READ_PERSONAL_DATA, entityType, id, version, area);
    }

    /** Refuses a read of {@code kind} unless the actor holds its read permission. */
    public void requireRead(AggregateKind<?> kind, Object id) {
        if (!kind.isPublic()) {
            require(kind.read(), AuditAction.READ, kind.name(), id, 0, null);
        }
    }

    /** Finds an aggregate by id, as {@link #reveal} lets the actor see it. */
    public <I, A extends Aggregate<I, A>> Optional<A> find(AggregateKind<A> kind, AggregateStorage<I, A> storage, I id) {
        Objects.requireNonNull(id, "id");
        requireRead(kind, id);
        return reveal(kind, read(() -> storage.find(id)));
    }

    /** Loads the aggregate or fails with a {@link NotFoundException} naming it. */
    public <I, A extends Aggregate<I, A>> A get(AggregateKind<A> kind, AggregateStorage<I, A> storage, I id) {
        return find(kind, storage, id).orElseThrow(() -> new NotFoundException(kind.name(), id));
    }

    // ---- writing aggregates ------------------------------------------------------------

    /**
     * Refuses a write whose validation found an error, with every violation (warnings too) in
     * the exception; warnings alone never block.
     */
    public void requireValid(String entityType, Object id, Violations violations) {
        if (violations.hasErrors()) {
            throw new ValidationException(entityType, id, violations);
        }
    }

    /** Reference checks for one aggregate, reported as {@code entityType id: field refers to ...}. */
    public ReferenceCheck references(String entityType, Object id) {
        return new ReferenceCheck(backend, entityType, id);
    }

    /**
     * Saves {@code aggregate} in one unit of work: a version-0 copy is inserted with version 1,
     * any other copy replaces the stored one if, and only if, it carries the stored version.
     * The actor needs the kind's write permissions, and both the stored copy and the new one must
     * lie in its scope (nothing moves out of, or into, a scope it cannot see). {@code checks}
     * receives the stored copy (empty for an insert) and the new one, and throws to refuse the
     * write; it runs only once the version is known to be current, so a stale copy is always a
     * conflict, never a confusing validation error. The audit entry is part of the same unit.
     *
     * @return the stored copy, with its new version
     */
    public <I, A extends Aggregate<I, A>> A save(
            AggregateKind<A> kind, AggregateStorage<I, A> storage, A aggregate, BiConsumer<Optional<A>, A> checks) {
        Objects.requireNonNull(aggregate, "aggregate");
        long version = aggregate.version();
        if (version < 0) {
            throw new IllegalArgumentException(kind.name() + " " + aggregate.id() + " has a negative version " + version);
        }
        AuditAction action = version == 0 ? AuditAction.CREATE : AuditAction.UPDATE;
        for (Permission p : kind.write()) {
            require(p, action, kind.name(), aggregate.id(), version, null);
        }
        return write(() -> version == 0 ? insert(kind, storage, aggregate, checks)
                : update(kind, storage, aggregate, checks));
    }

    private <I, A extends Aggregate<I, A>> A insert(
            AggregateKind<A> kind, AggregateStorage<I, A> storage, A aggregate, BiConsumer<Optional<A>, A> checks) {
        JurisdictionCode area = kind.area().of(aggregate, backend);
        requireScope(area, AuditAction.CREATE, kind.name(), aggregate.id(), 0);
        if (storage.find(aggregate.id()).isPresent()) {
            throw new DuplicateException(kind.name(), "id", aggregate.id());
        }
        checks.accept(Optional.empty(), aggregate);
        A stored = aggregate.withVersion(1);
        storage.insert(stored);
        audit(AuditAction.CREATE, kind.name(), stored.id(), 1, area);
        return stored;
    }

    private <I, A extends Aggregate<I, A>> A update(
            AggregateKind<A> kind, AggregateStorage<I, A> storage, A aggregate, BiConsumer<Optional<A>, A> checks) {
        I id = aggregate.id();
        long version = aggregate.version();
        A current = storage.find(id).orElseThrow(() -> new NotFoundException(kind.name(), id));
        requireScope(kind.area().of(current, backend), AuditAction.UPDATE, kind.name(), id, version);
        JurisdictionCode area = kind.area().of(aggregate, backend);
        requireScope(area, AuditAction.UPDATE, kind.name(), id, version);
        if (current.version() != version) {
            throw new ConflictException(kind.name(), id, version);
        }
        checks.accept(Optional.of(current), aggregate);
        A next = aggregate.withVersion(version + 1);
        if (!storage.update(next, version)) {
            // Someone else won between our read and our write (a back-end without serialisable
            // units of work): report it the same way as a stale copy.
            throw failure(kind.name(), storage, id, version);
        }
        audit(AuditAction.UPDATE, kind.name(), id, version + 1, area);
        return next;
    }

    /** Deletes the aggregate if its stored version is {@code version}, the actor permitting. */
    public <I, A extends Aggregate<I, A>> void delete(AggregateKind<A> kind, AggregateStorage<I, A> storage, I id, long version) {
        Objects.requireNonNull(id, "id");
        for (Permission p : kind.write()) {
            require(p, AuditAction.DELETE, kind.name(), id, version, null);
        }
        write(() -> {
            Optional<A> current = storage.find(id);
            JurisdictionCode area = current.map(a -> kind.area().of(a, backend)).orElse(null);
            if (current.isPresent()) {
                requireScope(area, AuditAction.DELETE, kind.name(), id, version);
            }
            if (!storage.delete(id, version)) {
                throw failure(kind.name(), storage, id, version);
            }
            audit(AuditAction.DELETE, kind.name(), id, version, area);
            return null;
        });
    }

    private static <I, A extends Aggregate<I, A>> RuntimeException failure(
            String entityType, AggregateStorage<I, A> storage, I id, long version) {
        return storage.find(id).isPresent()
                ? new ConflictException(entityType, id, version)
                : new NotFoundException(entityType, id);
    }

    /**
     * The units of work of one back-end as this store sees them, shared by every actor's view:
     * how deep this thread is, and the audit entries waiting for the outermost unit to end.
     */
    static final class Units {
        private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
        private final ThreadLocal<List<AuditEntry>> deferred = ThreadLocal.withInitial(ArrayList::new);

        void enter() {
            depth.get()[0]++;
        }

        /** Leaves a unit; true if it was the outermost. */
        boolean leave() {
            return --depth.get()[0] == 0;
        }

        boolean inUnit() {
            return depth.get()[0] > 0;
        }

        void defer(List<AuditEntry> entries) {
            deferred.get().addAll(entries);
        }

        List<AuditEntry> drain() {
            List<AuditEntry> out = List.copyOf(deferred.get());
            deferred.remove();
            depth.remove();
            return out;
        }
    }
}
