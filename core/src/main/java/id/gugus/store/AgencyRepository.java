package id.gugus.store;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Permission;
import id.gugus.spi.AgencyStorage;
import id.gugus.spi.StorageBackend;
import id.gugus.validation.Violations;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Agencies (instansi) as stored: each at an existing jurisdiction, versioned. */
public final class AgencyRepository {
    static final String ENTITY = "Agency";
    /** Public reference data: anyone reads; written with {@code WRITE_COORDINATION}, scoped by its jurisdiction. */
    static final AggregateKind<Agency> KIND = new AggregateKind<>(ENTITY, null,
            ImmutableSet.of(Permission.WRITE_COORDINATION), (a, backend) -> a.jurisdiction(), null);

    private final StorageBackend backend;
    private final Disclosure disclosure;
    private final VersionedWriter writer;

    AgencyRepository(StorageBackend backend, Disclosure disclosure, VersionedWriter writer) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * Inserts a new agency (version 0) or replaces the stored one carrying the same version.
     *
     * @return the stored copy with its new version
     * @throws id.gugus.error.ReferenceException if its jurisdiction does not exist
     * @throws id.gugus.error.ConflictException if the copy is stale
     */
    public Agency save(Agency agency) {
        // No rule of an agency is checked beyond its constructor: a save has no warnings to report.
        return writer.save(KIND, storage(), agency, (stored, updated) -> {
            new ReferenceCheck(backend, ENTITY, updated.id()).jurisdiction("jurisdiction", updated.jurisdiction());
            return Violations.none();
        }).stored();
    }

    public Optional<Agency> find(AgencyId id) {
        return disclosure.find(KIND, storage(), id);
    }

    public Agency get(AgencyId id) {
        return disclosure.get(KIND, storage(), id);
    }

    public void delete(AgencyId id, long version) {
        writer.delete(KIND, storage(), id, version);
    }

    /** Agencies of the area and of every area under it, by name then id. */
    public List<Agency> inSubtree(JurisdictionCode code) {
        Objects.requireNonNull(code, "code");
        return ImmutableList.copyOf(storage().inSubtree(code));
    }

    private AgencyStorage storage() {
        return backend.agencies();
    }
}
