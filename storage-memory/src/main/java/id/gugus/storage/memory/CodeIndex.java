package id.gugus.storage.memory;

import id.gugus.jurisdiction.JurisdictionCode;
import java.util.HashSet;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An ordered index from jurisdiction code to row keys. A subtree is one contiguous range of
 * codes ({@link JurisdictionCode#subtreeUpperBound()}), so "everything under Kalimantan Barat"
 * reads only that range, never every row (docs/jurisdictions.md).
 */
final class CodeIndex<K> {
    private final NavigableMap<String, Set<K>> byCode = new TreeMap<>();

    void add(JurisdictionCode code, K key) {
        byCode.computeIfAbsent(code.value(), c -> new HashSet<>()).add(key);
    }

    void remove(JurisdictionCode code, K key) {
        Set<K> keys = byCode.get(code.value());
        if (keys != null && keys.remove(key) && keys.isEmpty()) {
            byCode.remove(code.value());
        }
    }

    Stream<K> exactly(JurisdictionCode code) {
        return byCode.getOrDefault(code.value(), Set.of()).stream();
    }

    Stream<K> subtree(JurisdictionCode code) {
        NavigableMap<String, Set<K>> range = code.equals(JurisdictionCode.NATIONAL)
                ? byCode
                : byCode.subMap(code.value(), true, code.subtreeUpperBound(), false);
        return range.values().stream().flatMap(Set::stream);
    }
}
