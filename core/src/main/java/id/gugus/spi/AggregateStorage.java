package id.gugus.spi;

import id.gugus.common.Aggregate;
import java.util.List;
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
     * Stores new aggregates as given (the repository has set each version to 1), all of them or none: the bulk path of
     * {@code saveAll} and of imports, which calls it inside an atomic step of the running unit of
     * work. A database writes them in a few statements for the whole list (one multi-row INSERT or
     * JDBC batch per table) instead of a few per aggregate. The default inserts them one by one,
     * in order, which the enclosing step makes all or nothing; a store without round trips (in
     * memory) needs no more.
     *
     * @param aggregates the aggregates, none of them stored yet, in the order to store them
     * @throws id.gugus.error.DuplicateException if an id or a unique key is taken, by a stored
     *     aggregate or by another of the list
     */
    default void insertAll(List<A> aggregates) {
        for (A aggregate : aggregates) {
            insert(aggregate);
        }
    }

    /**
     * Replaces the stored aggregate if, and only if, its stored version is {@code expectedVersion};
     * {@code aggregate} already carries the next version. Returns false, changing nothing, when no
     * aggregate with that id and version is stored.
     *
     * @throws id.gugus.error.DuplicateException if the change takes a unique key already taken
     */
    boolean update(A aggregate, long expectedVersion);

    /**
     * {@link #update(Aggregate, long)} with the stored copy at hand: replaces {@code stored}, the
     * copy the repository has just read and checked, by {@code aggregate} (which carries the next
     * version) if, and only if, the stored version is still {@code stored.version()}; returns
     * false, changing nothing, otherwise. A store may then write only what differs between the
     * two: a database leaves the rows of the parts a change did not touch as they are (issue #11).
     * The default replaces everything.
     *
     * @throws id.gugus.error.DuplicateException if the change takes a unique key already taken
     */
    default boolean update(A aggregate, A stored) {
        return update(aggregate, stored.version());
    }

    /** Deletes the aggregate if its stored version is {@code expectedVersion}; false otherwise. */
    boolean delete(I id, long expectedVersion);
}
