package id.gugus.store;

import id.gugus.error.ConflictException;
import id.gugus.error.DuplicateException;
import id.gugus.error.NotFoundException;
import id.gugus.error.ValidationException;
import id.gugus.validation.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * What every repository of one {@link GugusStore} shares: the back-end, the clock, and the one
 * write algorithm (checks, then versioned insert or update). Only {@link GugusStore} creates
 * it, so a repository cannot be built around a back-end without the store's rules.
 *
 * <p>It is the single place where the store's cross-cutting behaviour lives: access scoped by
 * actor and audit in the same unit of work (issue #6) will be added here, not in each
 * repository.
 */
public final class StoreContext {
    private final StorageBackend backend;
    private final Clock clock;

    StoreContext(StorageBackend backend, Clock clock) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public StorageBackend backend() {
        return backend;
    }

    public Clock clock() {
        return clock;
    }

    /** Today by the store's clock: the date validators compare against. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Runs {@code work} in the current unit of work, or in a new one. */
    public <T> T write(Supplier<T> work) {
        return backend.inTransaction(work);
    }

    /** Runs a read. Reads need no unit of work of their own; the hook is here for scoping and audit. */
    public <T> T read(Supplier<T> work) {
        return work.get();
    }

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
     * {@code checks} receives the stored copy (empty for an insert) and the new one, and throws
     * to refuse the write; it runs only once the version is known to be current, so a stale
     * copy is always a conflict, never a confusing validation error.
     *
     * @return the stored copy, with its new version
     */
    public <I, A extends Aggregate<I, A>> A save(
            String entityType, AggregateStorage<I, A> storage, A aggregate, BiConsumer<Optional<A>, A> checks) {
        Objects.requireNonNull(aggregate, "aggregate");
        long version = aggregate.version();
        if (version < 0) {
            throw new IllegalArgumentException(entityType + " " + aggregate.id() + " has a negative version " + version);
        }
        return write(() -> version == 0 ? insert(entityType, storage, aggregate, checks)
                : update(entityType, storage, aggregate, checks));
    }

    private <I, A extends Aggregate<I, A>> A insert(
            String entityType, AggregateStorage<I, A> storage, A aggregate, BiConsumer<Optional<A>, A> checks) {
        if (storage.find(aggregate.id()).isPresent()) {
            throw new DuplicateException(entityType, "id", aggregate.id());
        }
        checks.accept(Optional.empty(), aggregate);
        A stored = aggregate.withVersion(1);
        storage.insert(stored);
        return stored;
    }

    private <I, A extends Aggregate<I, A>> A update(
            String entityType, AggregateStorage<I, A> storage, A aggregate, BiConsumer<Optional<A>, A> checks) {
        I id = aggregate.id();
        long version = aggregate.version();
        A current = storage.find(id).orElseThrow(() -> new NotFoundException(entityType, id));
        if (current.version() != version) {
            throw new ConflictException(entityType, id, version);
        }
        checks.accept(Optional.of(current), aggregate);
        A next = aggregate.withVersion(version + 1);
        if (!storage.update(next, version)) {
            // Someone else won between our read and our write (a back-end without serialisable
            // units of work): report it the same way as a stale copy.
            throw failure(entityType, storage, id, version);
        }
        return next;
    }

    /** Deletes the aggregate if its stored version is {@code version}. */
    public <I, A extends Aggregate<I, A>> void delete(String entityType, AggregateStorage<I, A> storage, I id, long version) {
        Objects.requireNonNull(id, "id");
        write(() -> {
            if (!storage.delete(id, version)) {
                throw failure(entityType, storage, id, version);
            }
            return null;
        });
    }

    /** Loads the aggregate or fails with a {@link NotFoundException} naming it. */
    public <I, A extends Aggregate<I, A>> A get(String entityType, AggregateStorage<I, A> storage, I id) {
        Objects.requireNonNull(id, "id");
        return read(() -> storage.find(id)).orElseThrow(() -> new NotFoundException(entityType, id));
    }

    private static <I, A extends Aggregate<I, A>> RuntimeException failure(
            String entityType, AggregateStorage<I, A> storage, I id, long version) {
        return storage.find(id).isPresent()
                ? new ConflictException(entityType, id, version)
                : new NotFoundException(entityType, id);
    }
}
