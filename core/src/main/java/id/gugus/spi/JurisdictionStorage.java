package id.gugus.spi;

import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage primitives for the area tree. Subtree answers come from a range scan on the code. */
public interface JurisdictionStorage {
    /** Adds the areas, or renames those already stored; parents come before children. */
    void importAll(Collection<Jurisdiction> areas);

    Optional<Jurisdiction> find(JurisdictionCode code);

    /**
     * Whether the area exists: what the store's reference checks ask, for every area a case names.
     * By default {@code find(code).isPresent()}; a database may answer from a cache of the codes
     * it has seen, since an import only adds areas (or renames them) and nothing deletes one.
     */
    default boolean exists(JurisdictionCode code) {
        return find(code).isPresent();
    }

    /** Direct children, in code order. */
    List<Jurisdiction> children(JurisdictionCode code);

    /** The area and everything under it, in code order. */
    List<Jurisdiction> subtree(JurisdictionCode code);

    long count();
}
