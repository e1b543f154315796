package id.gugus.agency;

import id.gugus.common.Aggregate;
import id.gugus.common.Texts;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.Objects;

/** A government office or organisation, at a jurisdiction (e.g. Dinas PPPA Provinsi Kalimantan Barat). */
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

    @Override
    public Agency withVersion(long version) {
        return new Agency(id, version, name, type, jurisdiction);
    }
}
