package id.gugus.storage.memory;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Units of work of the in-memory store: serialisable, because a unit holds the write lock from
 * start to end; undone change by change if it throws. Reads outside a unit share a read lock,
 * so they never see a unit half done. A unit started while this thread is in one joins it.
 *
 * <p>One lock for the whole store keeps the store simple and obviously correct; it is meant
 * for tests and prototypes, where throughput under contention does not matter.
 */
final class Transactions {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final ThreadLocal<UndoLog> current = new ThreadLocal<>();

    <T> T inUnitOfWork(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        lock.writeLock().lock();
        UndoLog undo = new UndoLog();
        current.set(undo);
        try {
            return work.get();
        } catch (Throwable t) {
            undo.rollbackTo(0);
            throw t;
        } finally {
            current.remove();
            lock.writeLock().unlock();
        }
    }

    /**
     * Runs one storage primitive that changes data. It is atomic on its own: if it throws, the
     * changes it made are undone even when it joined a larger unit of work that goes on.
     */
    <T> T write(Supplier<T> mutation) {
        return inUnitOfWork(() -> {
            UndoLog undo = current.get();
            int savepoint = undo.size();
            try {
                return mutation.get();
            } catch (Throwable t) {
                undo.rollbackTo(savepoint);
                throw t;
            }
        });
    }

    /**
     * Runs {@code work} as one atomic step: a unit of work of its own outside one; inside one,
     * undone back to where it started if it throws, while the enclosing unit goes on.
     */
    <T> T step(Supplier<T> work) {
        return write(work);
    }

    /**
     * Runs a change that no rollback undoes, at once: inside a unit of work (this thread holds
     * the write lock) directly, with no undo recorded; outside one, under the write lock.
     */
    void lasting(Runnable change) {
        if (lock.isWriteLockedByCurrentThread()) {
            change.run();
            return;
        }
        lock.writeLock().lock();
        try {
            change.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Records how to undo a change just made; only called inside {@link #write}. */
    void onRollback(Runnable undoChange) {
        UndoLog undo = current.get();
        if (undo == null) {
            throw new IllegalStateException("a change outside a unit of work");
        }
        undo.add(undoChange);
    }

    <T> T read(Supplier<T> query) {
        if (lock.isWriteLockedByCurrentThread()) {
            return query.get();
        }
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
