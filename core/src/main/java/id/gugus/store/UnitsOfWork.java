package id.gugus.store;

import id.gugus.audit.AuditEntry;
import id.gugus.spi.StorageBackend;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The units of work of one back-end as one store sees them, shared by every actor's view of it:
 * the application's units ({@link #run}), the atomic step of each change ({@link #step}), and the
 * audit entries that must outlast any unit ({@link #appendLasting}).
 *
 * <p>A read of personal data or a refusal happened whatever the unit it was made in does next.
 * Appended inside the unit, a rollback would erase it; appended after the unit, the data would
 * already be in the caller's hands with no entry if that append failed. So such entries are
 * committed on their own, at once, before anything is handed out.
 */
final class UnitsOfWork {
    private final StorageBackend backend;

    UnitsOfWork(StorageBackend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /** Runs {@code work} in the thread's current unit of work, or in a new one. */
    <T> T run(Supplier<T> work) {
        return backend.inUnitOfWork(work);
    }

    /**
     * Runs one change and its audit entry as an atomic step: both are kept, or, if either fails,
     * neither, even inside a unit of work whose caller catches the failure and goes on.
     */
    <T> T step(Supplier<T> work) {
        return backend.inNestedUnitOfWork(work);
    }

    /**
     * Commits {@code entries} in a transaction of their own before returning, whatever unit of
     * work this thread is in. If that fails, the exception propagates: the caller fails closed
     * rather than act, or hand data out, unrecorded.
     */
    void appendLasting(List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            backend.audit().appendIndependently(entries);
        }
    }
}
