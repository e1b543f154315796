package id.gugus.spi;

import id.gugus.common.Aggregate;
import java.util.Optional;

/**
 * Storage primitives for one aggregate type, supplied by a back-end. The rules (validation,
 * references, uniqueness pre-checks, version bookkeeping, conflict detection) are applied once,
 * by the core repositories, before these are called; a back-end only stores and loads, atomically.
 */
public interface AggregateStorage<I, A extends Aggregate<I, A>> {
    Optional<A> find(I id);

    /**
     * Stores a new aggregate as given (the repository has set its version to 1).
     *
     * @throws id.gugus.error.DuplicateException if the id or a unique key is taken
     */
    void insert(A aggregate);

    /**
     * Replaces the stored aggregate if, and only if, its stored version is {@code expectedVersion};
     * {@code aggregate} already carries the next version. Returns false, changing nothing, when no
     * aggregate with that id and version is stored.
     *
     * @throws id.gugus.error.DuplicateException if the change takes a unique key already taken
     */
    boolean update(A aggregate, long expectedVersion);

    /** Deletes the aggregate if its stored version is {@code expectedVersion}; false otherwise. */
    boolean delete(I id, long expectedVersion);
}
