package id.gugus.agency;

import id.gugus.common.Aggregate;
import id.gugus.common.Texts;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.Objects;

/**
 * A government office or organisation, at a jurisdiction (e.g. Dinas PPPA Provinsi Kalimantan Barat).
 * The {@code with…} methods return a changed copy with the same id and version, ready to save.
 */
public record Agency(AgencyId id, long version, String name, AgencyType type, JurisdictionCode jurisdiction)
        implements Aggregate<AgencyId, Agency> {
    public Agency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Texts.required(name, "agency.name", Texts.SHORT);
    }

    public static Agency create(String name, AgencyType type, JurisdictionCode jurisdiction) {
        return new Agency(AgencyId.random(), 0, name, type, jurisdiction);
    }

    /** Renamed (the office was renamed, or a typo corrected). */
    public Agency withName(String name) {
        return new Agency(id, version, name, type, jurisdiction);
    }

    public Agency withType(AgencyType type) {
        return new Agency(id, version, name, type, jurisdiction);
    }

    /** At another jurisdiction (a store refuses to move it out of, or into, an actor's scope). */
    public Agency withJurisdiction(JurisdictionCode jurisdiction) {
        return new Agency(id, version, name, type, jurisdiction);
    }

    @Override
    public Agency withVersion(long version) {
        return new Agency(id, version, name, type, jurisdiction);
    }
}
