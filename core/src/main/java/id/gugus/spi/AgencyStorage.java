package id.gugus.spi;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.List;

/** Storage primitives for agencies. */
public interface AgencyStorage extends AggregateStorage<AgencyId, Agency> {
    /** Agencies of the area and of every area under it, by name then id. */
    List<Agency> inSubtree(JurisdictionCode code);
}
