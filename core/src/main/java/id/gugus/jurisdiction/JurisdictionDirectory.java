package id.gugus.jurisdiction;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An immutable, in-memory view of the area tree that answers by code, children and subtree.
 * Codes are kept in a sorted map so a subtree is one range (see {@link JurisdictionCode}).
 */
public final class JurisdictionDirectory {
    private static volatile JurisdictionDirectory bundled;

    private final ImmutableSortedMap<String, Jurisdiction> byCode;

    private JurisdictionDirectory(ImmutableSortedMap<String, Jurisdiction> byCode) {
        this.byCode = byCode;
    }

    public static JurisdictionDirectory of(Collection<Jurisdiction> areas) {
        ImmutableSortedMap.Builder<String, Jurisdiction> map = ImmutableSortedMap.naturalOrder();
        for (Jurisdiction area : areas) {
            map.put(area.code().value(), area);
        }
        return new JurisdictionDirectory(map.buildOrThrow());
    }

    /**
     * The provinces, regencies/cities and districts bundled in this library (villages are not
     * bundled: load them with {@link AreaCsvLoader#villages}). Loaded once, on first use.
     */
    public static JurisdictionDirectory bundled() {
        JurisdictionDirectory d = bundled;
        if (d == null) {
            synchronized (JurisdictionDirectory.class) {
                d = bundled;
                if (d == null) {
                    d = of(AreaCsvLoader.bundled());
                    bundled = d;
                }
            }
        }
        return d;
    }

    public Optional<Jurisdiction> find(JurisdictionCode code) {
        return Optional.ofNullable(byCode.get(code.value()));
    }

    public boolean contains(JurisdictionCode code) {
        return byCode.containsKey(code.value());
    }

    /** The area and everything under it, in code order. */
    public List<Jurisdiction> subtree(JurisdictionCode code) {
        if (code.equals(JurisdictionCode.NATIONAL)) {
            return ImmutableList.copyOf(byCode.values());
        }
        return ImmutableList.copyOf(byCode.subMap(code.value(), true, code.subtreeUpperBound(), false).values());
    }

    /** Direct children, in code order. */
    public List<Jurisdiction> children(JurisdictionCode code) {
        return subtree(code).stream()
                .filter(j -> j.parent().map(code::equals).orElse(false))
                .collect(ImmutableList.toImmutableList());
    }

    public List<Jurisdiction> all() {
        return ImmutableList.copyOf(byCode.values());
    }

    public int size() {
        return byCode.size();
    }
}
