package id.gugus.storage.jdbc;

import id.gugus.jurisdiction.JurisdictionCode;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The codes of the areas this process has found to exist, so that validating a case (its area,
 * its victims' origins, its route) costs no round trip once an area has been seen (issue #11).
 * Only codes that exist are kept (a miss is asked of the database every time), and the tree only
 * grows: an import adds areas or renames them, nothing deletes one. Names are not kept: a look-up
 * of an area ({@code find}) always reads the database.
 *
 * <p>An import through this backend empties the cache, and again when its transaction ends,
 * committed or rolled back; until then the importing thread reads past the cache, since it sees
 * areas no other transaction sees yet. A look-up that overlapped an import does not fill the
 * cache ({@link #generation}). Another process (another backend on the same database) can only
 * add areas, which this cache then asks the database about: it is never wrong about a code it holds.
 */
final class AreaCache {
    private final Set<JurisdictionCode> areas = ConcurrentHashMap.newKeySet();
    /** Counts imports, begun and ended: a look-up fills the cache only if none happened meanwhile. */
    private final AtomicLong generation = new AtomicLong();
    /** Whether this thread's transaction has imported areas. */
    private final ThreadLocal<Boolean> importing = new ThreadLocal<>();

    /** Whether the area exists: from the cache, or else from {@code load}, which asks the database. */
    boolean exists(JurisdictionCode code, BooleanSupplier load) {
        if (importing.get() != null) {
            return load.getAsBoolean();
        }
        if (areas.contains(code)) {
            return true;
        }
        long before = generation.get();
        boolean found = load.getAsBoolean();
        if (found && generation.get() == before) {
            areas.add(code);
        }
        return found;
    }

    /** An import is under way in this thread's transaction: forget everything, and read past the cache until it ends. */
    void importing() {
        importing.set(Boolean.TRUE);
        generation.incrementAndGet();
        areas.clear();
    }

    /** This thread's transaction has ended; if it imported, what was cached meanwhile may be wrong. */
    void transactionEnded() {
        if (importing.get() != null) {
            importing.remove();
            generation.incrementAndGet();
            areas.clear();
        }
    }
}
