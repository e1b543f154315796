package id.gugus.store;

import id.gugus.audit.AuditEntry;
import id.gugus.spi.StorageBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The units of work of one back-end as one store sees them, shared by every actor's view of it:
 * how deep the calling thread is, and the audit entries that must outlast the unit they were made
 * in. A read of personal data or a refusal happened whatever the unit does next; appended inside
 * the unit, a rollback would erase it. So such entries wait until the outermost unit ends,
 * committed or not, and are then appended in a unit of their own.
 */
final class UnitsOfWork {
    private final StorageBackend backend;
    /** How many units this thread is inside; a count, not a flag: units nest by joining. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private final ThreadLocal<List<AuditEntry>> lasting = ThreadLocal.withInitial(ArrayList::new);

    UnitsOfWork(StorageBackend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /**
     * Runs {@code work} in the thread's current unit of work, or in a new one. When the outermost
     * unit ends, committed or rolled back, the lasting entries made inside it are appended; if that
     * fails after the work failed, the audit failure is added to the work's exception as suppressed.
     */
    <T> T run(Supplier<T> work) {
        depth.get()[0]++;
        T result;
        try {
            result = backend.inUnitOfWork(work);
        } catch (RuntimeException | Error e) {
            if (leave()) {
                try {
                    appendAlone(drain());
                } catch (RuntimeException auditFailure) {
                    e.addSuppressed(auditFailure);
                }
            }
            throw e;
        }
        if (leave()) {
            appendAlone(drain());
        }
        return result;
    }

    /**
     * Keeps entries whatever the current unit of work does next: inside a unit they wait for the
     * outermost one to end; outside any, they are appended at once. If the append fails, the
     * exception propagates: the caller fails closed rather than act unrecorded.
     */
    void appendLasting(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (depth.get()[0] > 0) {
            lasting.get().addAll(entries);
        } else {
            appendAlone(entries);
        }
    }

    /** Leaves a unit; true if it was the outermost. */
    private boolean leave() {
        return --depth.get()[0] == 0;
    }

    private List<AuditEntry> drain() {
        List<AuditEntry> out = List.copyOf(lasting.get());
        lasting.remove();
        depth.remove();
        return out;
    }

    private void appendAlone(List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            backend.inUnitOfWork(() -> {
                backend.audit().append(entries);
                return null;
            });
        }
    }
}
