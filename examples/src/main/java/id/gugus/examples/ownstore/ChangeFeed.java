package id.gugus.examples.ownstore;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/** The committed changes, in commit order. Safe to share between threads. */
public final class ChangeFeed {
    private final List<FeedEntry> entries = new ArrayList<>();

    /** Appends the changes of one committed unit of work, numbering them. */
    synchronized void commit(List<Change> changes) {
        for (Change c : changes) {
            entries.add(new FeedEntry(entries.size() + 1L, c.entityType(), c.id(), c.operation(), c.version()));
        }
    }

    public synchronized ImmutableList<FeedEntry> entries() {
        return ImmutableList.copyOf(entries);
    }

    public synchronized int size() {
        return entries.size();
    }

    /** A change made inside a unit of work, not yet committed. */
    record Change(String entityType, String id, FeedEntry.Operation operation, long version) {}
}
