package id.gugus.storage.memory;

import id.gugus.common.Aggregate;
import id.gugus.error.DuplicateException;
import id.gugus.spi.AggregateStorage;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of one aggregate type and the primitives every aggregate shares: insert, update and
 * delete by expected version, as a database table with a version column does them (its JDBC
 * twin is {@code JdbcVersionedStorage}). Subclasses keep their secondary indexes in step and
 * enforce their unique keys, inside the same write.
 *
 * <p>Aggregates are deeply immutable records (Guava immutable collections, value types), so
 * keeping the record handed in, and handing it out, is a copy: no caller can change what the
 * store holds, and nothing the store holds changes under a caller.
 */
abstract class MemoryVersionedStorage<I, A extends Aggregate<I, A>> implements AggregateStorage<I, A> {
    protected final Transactions tx;
    private final String entityType;
    private final Map<I, A> rows = new HashMap<>();

    MemoryVersionedStorage(Transactions tx, String entityType) {
        this.tx = tx;
        this.entityType = entityType;
    }

    @Override
    public Optional<A> find(I id) {
        return tx.read(() -> Optional.ofNullable(rows.get(id)));
    }

    @Override
    public void insert(A aggregate) {
        tx.write(() -> {
            if (rows.containsKey(aggregate.id())) {
                throw new DuplicateException(entityType, "id", aggregate.id());
            }
            checkUnique(aggregate);
            change(null, aggregate);
            return null;
        });
    }

    @Override
    public boolean update(A aggregate, long expectedVersion) {
        return tx.write(() -> {
            A stored = rows.get(aggregate.id());
            if (stored == null || stored.version() != expectedVersion) {
                return false;
            }
            checkUnique(aggregate);
            change(stored, aggregate);
            return true;
        });
    }

    @Override
    public boolean delete(I id, long expectedVersion) {
        return tx.write(() -> {
            A stored = rows.get(id);
            if (stored == null || stored.version() != expectedVersion) {
                return false;
            }
            change(stored, null);
            return true;
        });
    }

    /** The stored row, for subclasses reading their indexes (under the store's lock). */
    protected A row(I id) {
        return rows.get(id);
    }

    /** Throws a {@link DuplicateException} if {@code candidate} takes a unique key another row holds. */
    protected abstract void checkUnique(A candidate);

    protected abstract void index(A row);

    protected abstract void unindex(A row);

    private void change(A before, A after) {
        replace(before, after);
        tx.onRollback(() -> replace(after, before));
    }

    private void replace(A before, A after) {
        if (before != null) {
            rows.remove(before.id());
            unindex(before);
        }
        if (after != null) {
            rows.put(after.id(), after);
            index(after);
        }
    }
}
