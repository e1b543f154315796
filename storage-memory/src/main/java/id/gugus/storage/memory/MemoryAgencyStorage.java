package id.gugus.storage.memory;

import com.google.common.collect.ImmutableList;
import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.spi.AgencyStorage;
import java.util.Comparator;
import java.util.List;

final class MemoryAgencyStorage extends MemoryVersionedStorage<AgencyId, Agency> implements AgencyStorage {
    private static final Comparator<Agency> BY_NAME_THEN_ID =
            Comparator.comparing(Agency::name).thenComparing(a -> a.id().toString());

    private final CodeIndex<AgencyId> byArea = new CodeIndex<>();

    MemoryAgencyStorage(Transactions tx) {
        super(tx, "Agency");
    }

    @Override
    public List<Agency> inSubtree(JurisdictionCode code) {
        return tx.read(() -> byArea.subtree(code).map(this::row).sorted(BY_NAME_THEN_ID)
                .collect(ImmutableList.toImmutableList()));
    }

    @Override
    protected void checkUnique(Agency candidate) {
        // Agencies have no unique key besides their id.
    }

    @Override
    protected void index(Agency row) {
        byArea.add(row.jurisdiction(), row.id());
    }

    @Override
    protected void unindex(Agency row) {
        byArea.remove(row.jurisdiction(), row.id());
    }
}
