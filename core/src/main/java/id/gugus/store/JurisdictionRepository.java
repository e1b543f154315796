package id.gugus.store;

import com.google.common.collect.ImmutableList;
import id.gugus.audit.AuditAction;
import id.gugus.error.DuplicateException;
import id.gugus.error.NotFoundException;
import id.gugus.error.ReferenceException;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.security.Permission;
import id.gugus.spi.JurisdictionStorage;
import id.gugus.spi.StorageBackend;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The area tree as stored: bulk import, lookup by code, children and subtree (an index range
 * scan on the code in every store). Areas are reference data: imported, renamed by a later
 * import, never versioned or deleted one by one.
 */
public final class JurisdictionRepository {
    static final String ENTITY = "Jurisdiction";

    private final JurisdictionStorage storage;
    private final AccessDecision access;
    private final AuditTrail audit;
    private final UnitsOfWork units;

    JurisdictionRepository(StorageBackend backend, AccessDecision access, AuditTrail audit, UnitsOfWork units) {
        this.storage = backend.jurisdictions();
        this.access = Objects.requireNonNull(access, "access");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.units = Objects.requireNonNull(units, "units");
    }

    /**
     * Adds the areas, or renames those already stored, in one unit of work. Every area's parent
     * must be stored already or be in the batch (the national root always exists); otherwise
     * nothing is imported and a {@link ReferenceException} names the orphan.
     */
    public void importAll(Collection<Jurisdiction> areas) {
        Objects.requireNonNull(areas, "areas");
        // The area tree is national reference data: only a national actor with IMPORT_AREAS changes
        // it. Checked before the batch is read, so a refused actor is refused, and audited, whatever it sends.
        Attempt importing = Attempt.to(AuditAction.IMPORT, ENTITY);
        access.require(Permission.IMPORT_AREAS, importing);
        access.requireInScope(importing.in(JurisdictionCode.NATIONAL));
        Map<JurisdictionCode, Jurisdiction> batch = new HashMap<>();
        for (Jurisdiction area : areas) {
            Objects.requireNonNull(area, "area");
            Jurisdiction before = batch.put(area.code(), area);
            if (before != null && !before.equals(area)) {
                throw new DuplicateException(ENTITY, "code", area.code());
            }
        }
        // Parents first: by level, then by code, whatever order the caller gave.
        List<Jurisdiction> ordered = batch.values().stream()
                .sorted(Comparator.comparing(Jurisdiction::level).thenComparing(Jurisdiction::code))
                .collect(ImmutableList.toImmutableList());
        units.step(() -> {
            Map<JurisdictionCode, Boolean> stored = new HashMap<>();
            for (Jurisdiction area : ordered) {
                area.parent().ifPresent(parent -> {
                    boolean exists = parent.equals(JurisdictionCode.NATIONAL) || batch.containsKey(parent)
                            || stored.computeIfAbsent(parent, p -> storage.find(p).isPresent());
                    if (!exists) {
                        throw new ReferenceException(ENTITY, area.code(), "parent", parent);
                    }
                });
            }
            if (!ordered.isEmpty()) {
                storage.importAll(ordered);
                audit.change(importing.in(JurisdictionCode.NATIONAL));
            }
            return null;
        });
    }

    /** Imports every area of the directory (e.g. {@link JurisdictionDirectory#bundled()}). */
    public void importDirectory(JurisdictionDirectory directory) {
        importAll(directory.all());
    }

    public Optional<Jurisdiction> find(JurisdictionCode code) {
        Objects.requireNonNull(code, "code");
        return storage.find(code);
    }

    public Jurisdiction get(JurisdictionCode code) {
        return find(code).orElseThrow(() -> new NotFoundException(ENTITY, code));
    }

    /** Whether the area is stored; the national root always exists. */
    public boolean exists(JurisdictionCode code) {
        return code.equals(JurisdictionCode.NATIONAL) || find(code).isPresent();
    }

    /** Direct children, in code order. */
    public List<Jurisdiction> children(JurisdictionCode code) {
        Objects.requireNonNull(code, "code");
        return ImmutableList.copyOf(storage.children(code));
    }

    /** The area and everything under it, in code order; empty if the area is not stored. */
    public List<Jurisdiction> subtree(JurisdictionCode code) {
        Objects.requireNonNull(code, "code");
        return ImmutableList.copyOf(storage.subtree(code));
    }

    public long count() {
        return storage.count();
    }
}
