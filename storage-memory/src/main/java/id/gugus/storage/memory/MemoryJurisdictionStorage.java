package id.gugus.storage.memory;

import com.google.common.collect.ImmutableList;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.Level;
import id.gugus.spi.JurisdictionStorage;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The area tree, kept sorted by code: a subtree is a range, children a skip scan over it. */
final class MemoryJurisdictionStorage implements JurisdictionStorage {
    private final Transactions tx;
    private final NavigableMap<String, Jurisdiction> byCode = new TreeMap<>();

    MemoryJurisdictionStorage(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void importAll(Collection<Jurisdiction> areas) {
        tx.write(() -> {
            for (Jurisdiction area : areas) {
                String code = area.code().value();
                Jurisdiction before = byCode.put(code, area);
                tx.onRollback(() -> {
                    if (before == null) {
                        byCode.remove(code);
                    } else {
                        byCode.put(code, before);
                    }
                });
            }
            return null;
        });
    }

    @Override
    public Optional<Jurisdiction> find(JurisdictionCode code) {
        return tx.read(() -> Optional.ofNullable(byCode.get(code.value())));
    }

    /**
     * Walks the subtree range but jumps over each child's own subtree once the child is seen,
     * so listing the 38 provinces reads 38 entries, not the whole tree.
     */
    @Override
    public List<Jurisdiction> children(JurisdictionCode code) {
        if (code.level() == Level.VILLAGE) {
            return List.of();
        }
        return tx.read(() -> {
            Level childLevel = code.level().child();
            boolean national = code.equals(JurisdictionCode.NATIONAL);
            String upper = national ? null : code.subtreeUpperBound();
            ImmutableList.Builder<Jurisdiction> children = ImmutableList.builder();
            String key = national ? firstKey() : byCode.ceilingKey(code.value() + ".");
            while (key != null && (upper == null || key.compareTo(upper) < 0)) {
                JurisdictionCode found = JurisdictionCode.of(key);
                if (found.equals(JurisdictionCode.NATIONAL)) {
                    key = byCode.higherKey(key);
                    continue;
                }
                JurisdictionCode child = found.ancestorAt(childLevel);
                if (found.equals(child)) {
                    children.add(byCode.get(key));
                }
                key = byCode.ceilingKey(child.subtreeUpperBound());
            }
            return children.build();
        });
    }

    @Override
    public List<Jurisdiction> subtree(JurisdictionCode code) {
        return tx.read(() -> code.equals(JurisdictionCode.NATIONAL)
                ? ImmutableList.copyOf(byCode.values())
                : ImmutableList.copyOf(byCode.subMap(code.value(), true, code.subtreeUpperBound(), false).values()));
    }

    @Override
    public long count() {
        return tx.read(byCode::size);
    }

    private String firstKey() {
        return byCode.isEmpty() ? null : byCode.firstKey();
    }
}
