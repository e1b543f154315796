package id.gugus.storage.jdbc;

import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The areas this process has looked up, so that validating a case (its area, its victims'
 * origins, its route) costs no round trip once an area has been seen (issue #11). Only areas that
 * exist are kept (a miss is asked of the database every time), and the tree only grows: an import
 * adds areas or renames them, nothing deletes one.
 *
 * <p>An import through this backend empties the cache, and again when its transaction ends,
 * committed or rolled back; until then the importing thread reads past the cache, since it sees
 * areas no other transaction sees yet. A look-up that overlapped an import does not fill the
 * cache ({@link #generation}). An import by another process (another backend on the same
 * database) is seen once the cache is emptied here: a rename made there can show late in an
 * area's name, never in whether a case is valid.
 */
final class AreaCache {
    private final Map<JurisdictionCode, Jurisdiction> areas = new ConcurrentHashMap<>();
    /** Counts imports, begun and ended: a look-up fills the cache only if none happened meanwhile. */
    private final AtomicLong generation = new AtomicLong();
    /** Whether this thread's transaction has imported areas. */
    private final ThreadLocal<Boolean> importing = new ThreadLocal<>();

    /** The area, from the cache or else from {@code load}, which reads the database. */
    Optional<Jurisdiction> find(JurisdictionCode code, Supplier<Optional<Jurisdiction>> load) {
        if (importing.get() != null) {
            return load.get();
        }
        Jurisdiction cached = areas.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        long before = generation.get();
        Optional<Jurisdiction> found = load.get();
        if (found.isPresent() && generation.get() == before) {
            areas.put(code, found.get());
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
