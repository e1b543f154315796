package id.gugus.store;

import com.google.common.collect.ImmutableList;
import id.gugus.audit.AuditAction;
import id.gugus.common.Aggregate;
import id.gugus.common.CommonRule;
import id.gugus.error.ConflictException;
import id.gugus.error.NotFoundException;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.spi.AggregateStorage;
import id.gugus.spi.StorageBackend;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one write algorithm of the store, for every aggregate: access, then the version, then the
 * repository's checks, then the versioned insert, update or delete, and its audit entry, all in
 * one {@linkplain UnitsOfWork#step atomic step}: both or neither, inside or outside an
 * application's unit of work. A stale copy is always a {@link ConflictException} that changes nothing,
 * never a confusing validation error.
 */
final class VersionedWriter {
    /**
     * How many new aggregates go to one {@link AggregateStorage#insertAll}: a few statements each
     * (a database back-end keeps a statement's bind values within every driver's limits), and a chunk's rows
     * stay a bounded amount of memory however long the list.
     */
    static final int BULK_CHUNK = 500;

    private final StorageBackend backend;
    private final AccessDecision access;
    private final AuditTrail audit;
    private final UnitsOfWork units;

    VersionedWriter(StorageBackend backend, AccessDecision access, AuditTrail audit, UnitsOfWork units) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.access = Objects.requireNonNull(access, "access");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.units = Objects.requireNonNull(units, "units");
    }

    /**
     * A repository's checks of one write: they receive the stored copy (empty for an insert) and
     * the new one, throw to refuse the write, and return the violations their validation found
     * (warnings only, once {@link #requireValid} has let them through), for the {@link Saved}.
     */
    @FunctionalInterface
    interface Checks<A> {
        Violations check(Optional<A> stored, A updated);
    }

    /**
     * Refuses a write whose validation found an error, with every violation (warnings too) in
     * the exception; warnings alone never block.
     */
    static void requireValid(String entityType, Object id, Violations violations) {
        if (violations.hasErrors()) {
            throw new ValidationException(entityType, id, violations);
        }
    }

    /**
     * Saves {@code aggregate} in one unit of work: a version-0 copy is inserted with version 1,
     * any other copy replaces the stored one if, and only if, it carries the stored version.
     * The actor needs the kind's write permissions, and both the stored copy and the new one must
     * lie in its scope (nothing moves out of, or into, a scope it cannot see). {@code checks}
     * receives the stored copy (empty for an insert) and the new one, and throws to refuse the
     * write, and return the warnings of its validation; it runs only once the version is known to
     * be current. The audit entry is part of the same unit.
     *
     * <p>A negative version (a forged or corrupted copy) is bad input, but the access decision
     * comes first: an actor who may not make this write is refused and audited whatever version
     * it sends; one who may gets a {@link ValidationException} naming the version.
     *
     * @return the stored copy, with its new version, and the warnings of its validation
     */
    <I, A extends Aggregate<I, A>> Saved<A> save(
            AggregateKind<A> kind, AggregateStorage<I, A> storage, A aggregate, Checks<A> checks) {
        Objects.requireNonNull(aggregate, "aggregate");
        long version = aggregate.version();
        AuditAction action = version == 0 ? AuditAction.CREATE : AuditAction.UPDATE;
        access.requireWrite(kind, Attempt.to(action, kind.name()).on(aggregate.id(), version));
        return units.step(() -> version == 0 ? insert(kind, storage, aggregate, checks)
                : update(kind, storage, aggregate, checks));
    }

    private <I, A extends Aggregate<I, A>> Saved<A> insert(
            AggregateKind<A> kind, AggregateStorage<I, A> storage, A aggregate, Checks<A> checks) {
        Attempt create = Attempt.to(AuditAction.CREATE, kind.name()).on(aggregate.id(), 0)
                .in(kind.area().of(aggregate, backend));
        access.requireInScope(create);
        // An id already taken is the back-end's DuplicateException from insert: its primary key
        // answers that without a read of its own (issue #11).
        Violations violations = checks.check(Optional.empty(), aggregate);
        A stored = aggregate.withVersion(1);
        storage.insert(stored);
        audit.change(create.on(stored.id(), 1));
        return Saved.of(stored, violations);
    }

    private <I, A extends Aggregate<I, A>> Saved<A> update(
            AggregateKind<A> kind, AggregateStorage<I, A> storage, A aggregate, Checks<A> checks) {
        I id = aggregate.id();
        long version = aggregate.version();
        Attempt update = Attempt.to(AuditAction.UPDATE, kind.name()).on(id, version);
        Optional<A> stored = storage.find(id);
        if (stored.isPresent()) {
            access.requireInScope(update.in(kind.area().of(stored.get(), backend)));
        }
        JurisdictionCode area = kind.area().of(aggregate, backend);
        access.requireInScope(update.in(area));
        requireVersion(kind.name(), id, version);
        A current = stored.orElseThrow(() -> new NotFoundException(kind.name(), id));
        if (current.version() != version) {
            throw new ConflictException(kind.name(), id, version);
        }
        Violations violations = checks.check(Optional.of(current), aggregate);
        A next = aggregate.withVersion(version + 1);
        if (!storage.update(next, current)) {
            // Someone else won between our read and our write (a back-end without serialisable
            // units of work): report it the same way as a stale copy.
            throw staleOrGone(kind.name(), storage, id, version);
        }
        audit.change(update.on(id, version + 1).in(area));
        return Saved.of(next, violations);
    }

    /**
     * Saves every aggregate of {@code aggregates}, in their order, in one unit of work: all or
     * nothing. Before anything is written, the actor's write permissions are decided for each,
     * then {@code rules} (the validation alone: it throws nothing) runs on each, against its
     * stored copy if it is a copy of one the actor may see. If any aggregate breaks a rule,
     * nothing is written and one {@link ValidationException} names every violation of every
     * invalid aggregate, its path under the aggregate's index in the list ({@code
     * [3].victims[0].nik}). Then each is checked as {@link #save} checks one (scope, version,
     * {@code checks}), all in one unit: the first failure (a missing reference, a duplicate, a
     * stale copy, a refusal) rolls back the whole batch and reaches the caller unchanged.
     *
     * <p>The new aggregates (version 0) are the bulk path: up to {@value #BULK_CHUNK} of them at
     * a time go to the storage's {@link AggregateStorage#insertAll} and their audit entries to
     * one append, in one atomic step, so a database writes each table of a chunk in a few
     * statements instead of a few per aggregate. Copies of stored aggregates are saved one by one,
     * as {@link #save} saves them, in their place in the list.
     *
     * @return what each save returned, in the order of {@code aggregates}
     */
    <I, A extends Aggregate<I, A>> ImmutableList<Saved<A>> saveAll(AggregateKind<A> kind,
            AggregateStorage<I, A> storage, List<A> aggregates, Checks<A> rules, Checks<A> checks) {
        Objects.requireNonNull(aggregates, "aggregates");
        List<A> batch = new ArrayList<>(aggregates.size());
        for (int i = 0; i < aggregates.size(); i++) {
            batch.add(Objects.requireNonNull(aggregates.get(i), "aggregates[" + i + "]"));
        }
        for (A aggregate : batch) {
            AuditAction action = aggregate.version() == 0 ? AuditAction.CREATE : AuditAction.UPDATE;
            access.requireWrite(kind, Attempt.to(action, kind.name()).on(aggregate.id(), aggregate.version()));
        }
        ImmutableList.Builder<Violation> invalid = ImmutableList.builder();
        for (int i = 0; i < batch.size(); i++) {
            Violations found = validate(kind, storage, batch.get(i), rules);
            if (found.hasErrors()) {
                invalid.addAll(found.under("[" + i + "]").all());
            }
        }
        Violations all = Violations.of(invalid.build());
        if (!all.isEmpty()) {
            throw new ValidationException(all);
        }
        if (batch.isEmpty()) {
            return ImmutableList.of();
        }
        return units.run(() -> {
            ImmutableList.Builder<Saved<A>> saved = ImmutableList.builderWithExpectedSize(batch.size());
            Inserts<I, A> inserts = new Inserts<>(kind, storage);
            for (A aggregate : batch) {
                if (aggregate.version() == 0) {
                    inserts.add(aggregate, checks);
                    if (inserts.size() == BULK_CHUNK) {
                        saved.addAll(inserts.write());
                    }
                } else {
                    // The waiting inserts go first: the list is written in its order, so the
                    // first failure is the one saving its aggregates one at a time would meet.
                    saved.addAll(inserts.write());
                    saved.add(save(kind, storage, aggregate, checks));
                }
            }
            saved.addAll(inserts.write());
            return saved.build();
        });
    }

    /**
     * New aggregates of a {@link #saveAll}, checked and waiting for their bulk insert: each has
     * passed the scope and {@code checks} as {@link #insert} passes one; {@link #write} stores
     * them and their audit entries in one atomic step.
     */
    private final class Inserts<I, A extends Aggregate<I, A>> {
        private final AggregateKind<A> kind;
        private final AggregateStorage<I, A> storage;
        private final List<A> stored = new ArrayList<>();
        private final List<Attempt> creates = new ArrayList<>();
        private final List<Violations> warnings = new ArrayList<>();

        Inserts(AggregateKind<A> kind, AggregateStorage<I, A> storage) {
            this.kind = kind;
            this.storage = storage;
        }

        void add(A aggregate, Checks<A> checks) {
            Attempt create = Attempt.to(AuditAction.CREATE, kind.name()).on(aggregate.id(), 0)
                    .in(kind.area().of(aggregate, backend));
            access.requireInScope(create);
            // An id or key already taken, by a stored aggregate or another of the batch, is the
            // back-end's DuplicateException from insertAll, as it is from insert.
            warnings.add(checks.check(Optional.empty(), aggregate));
            A next = aggregate.withVersion(1);
            stored.add(next);
            creates.add(create.on(next.id(), 1));
        }

        int size() {
            return stored.size();
        }

        /** Stores the waiting aggregates and their audit entries, both or neither, and forgets them. */
        List<Saved<A>> write() {
            if (stored.isEmpty()) {
                return List.of();
            }
            List<A> chunk = List.copyOf(stored);
            List<Attempt> entries = List.copyOf(creates);
            List<Saved<A>> saved = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                saved.add(Saved.of(chunk.get(i), warnings.get(i)));
            }
            stored.clear();
            creates.clear();
            warnings.clear();
            units.step(() -> {
                storage.insertAll(chunk);
                audit.changes(entries);
                return null;
            });
            return saved;
        }
    }

    /**
     * The rules of one aggregate of a batch, before anything is written: a negative version is a
     * violation here too; a copy is checked against its stored copy only if the actor may see
     * that one (its write is refused for scope anyway, and the rules must not tell what it holds).
     */
    private <I, A extends Aggregate<I, A>> Violations validate(
            AggregateKind<A> kind, AggregateStorage<I, A> storage, A aggregate, Checks<A> rules) {
        if (aggregate.version() < 0) {
            return Violations.of(Violation.of(CommonRule.VERSION_NEGATIVE, "version", aggregate.version()));
        }
        Optional<A> stored = aggregate.version() == 0 ? Optional.empty()
                : storage.find(aggregate.id()).filter(s -> access.inScope(kind.area().of(s, backend)));
        return rules.check(stored, aggregate);
    }

    /** Deletes the aggregate if its stored version is {@code version}, the actor permitting. */
    <I, A extends Aggregate<I, A>> void delete(AggregateKind<A> kind, AggregateStorage<I, A> storage, I id, long version) {
        Objects.requireNonNull(id, "id");
        Attempt delete = Attempt.to(AuditAction.DELETE, kind.name()).on(id, version);
        access.requireWrite(kind, delete);
        units.step(() -> {
            Optional<A> current = storage.find(id);
            JurisdictionCode area = current.map(a -> kind.area().of(a, backend)).orElse(null);
            if (current.isPresent()) {
                access.requireInScope(delete.in(area));
            }
            requireVersion(kind.name(), id, version);
            if (!storage.delete(id, version)) {
                throw staleOrGone(kind.name(), storage, id, version);
            }
            audit.change(delete.in(area));
            return null;
        });
    }

    /** Rule VERSION-NEGATIVE, checked once access is decided: a version is 0 (never saved) or one a store gave. */
    private static void requireVersion(String entityType, Object id, long version) {
        if (version < 0) {
            throw new ValidationException(entityType, id,
                    Violations.of(Violation.of(CommonRule.VERSION_NEGATIVE, "version", version)));
        }
    }

    /** Why a versioned update or delete changed nothing: the aggregate is gone, or at another version. */
    private static <I, A extends Aggregate<I, A>> RuntimeException staleOrGone(
            String entityType, AggregateStorage<I, A> storage, I id, long version) {
        return storage.find(id).isPresent()
                ? new ConflictException(entityType, id, version)
                : new NotFoundException(entityType, id);
    }
}
