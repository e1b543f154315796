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
 * with them, like any other change, or appended independently, for good. Append-only: nothing
 * here removes an entry, except the rollback of the unit that appended it.
 */
final class MemoryAuditStorage implements AuditStorage {
    private final Transactions tx;
    private final List<AuditEntry> entries = new ArrayList<>();
    /** The last sequence number given; a rolled-back entry's number is not given again, as with a database sequence. */
    private long sequence;

    MemoryAuditStorage(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void append(List<AuditEntry> batch) {
        tx.write(() -> {
            for (AuditEntry e : batch) {
                AuditEntry numbered = e.withSequence(++sequence);
                entries.add(numbered);
                // By identity, from the end: an entry appended independently after it stays.
                tx.onRollback(() -> entries.remove(entries.lastIndexOf(numbered)));
            }
            return null;
        });
    }

    /** Appends for good: no rollback removes these entries. */
    @Override
    public void appendIndependently(List<AuditEntry> batch) {
        tx.lasting(() -> {
            for (AuditEntry e : batch) {
                entries.add(e.withSequence(++sequence));
            }
        });
    }

    @Override
    public Page<AuditEntry> query(AuditQuery query, PageRequest page) {
        return tx.read(() -> {
            // Entries are in sequence order (with gaps where a unit rolled back): the cursor's place by binary search.
            int from = page.after() == null ? 0 : firstAfter(AuditLog.parseCursor(page.after()));
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

    /** The index of the first entry numbered above {@code after}. */
    private int firstAfter(long after) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entries.get(mid).sequence() <= after) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
