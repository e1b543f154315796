package id.gugus.storage.memory;

import com.google.common.collect.ImmutableList;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditQuery;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.spi.AuditStorage;
import id.gugus.store.AuditLog;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log in memory: a list in sequence order, appended inside units of work and undone
 * with them, like any other change. Append-only: nothing here removes an entry, except the
 * rollback of the unit that appended it.
 */
final class MemoryAuditStorage implements AuditStorage {
    private final Transactions tx;
    private final List<AuditEntry> entries = new ArrayList<>();

    MemoryAuditStorage(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void append(List<AuditEntry> batch) {
        tx.write(() -> {
            for (AuditEntry e : batch) {
                entries.add(e.withSequence(entries.size() + 1L));
                tx.onRollback(() -> entries.remove(entries.size() - 1));
            }
            return null;
        });
    }

    @Override
    public Page<AuditEntry> query(AuditQuery query, PageRequest page) {
        return tx.read(() -> {
            // Sequence n sits at index n - 1, so a cursor is a direct position.
            int from = page.after() == null ? 0 : (int) Math.min(AuditLog.parseCursor(page.after()), entries.size());
            List<AuditEntry> found = new ArrayList<>();
            for (int i = from; i < entries.size() && found.size() <= page.size(); i++) {
                if (query.matches(entries.get(i))) {
                    found.add(entries.get(i));
                }
            }
            if (found.size() <= page.size()) {
                return new Page<>(ImmutableList.copyOf(found), null);
            }
            List<AuditEntry> items = found.subList(0, page.size());
            return new Page<>(ImmutableList.copyOf(items), Long.toString(items.get(items.size() - 1).sequence()));
        });
    }
}
