package id.gugus.spi;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.List;

/** An {@link AgencyStorage} that passes every call to {@link #delegate()}; see {@link ForwardingStorageBackend}. */
public abstract class ForwardingAgencyStorage extends ForwardingAggregateStorage<AgencyId, Agency>
        implements AgencyStorage {
    protected ForwardingAgencyStorage() {}

    @Override
    protected abstract AgencyStorage delegate();

    @Override
    public List<Agency> inSubtree(JurisdictionCode code) {
        return delegate().inSubtree(code);
    }
}
