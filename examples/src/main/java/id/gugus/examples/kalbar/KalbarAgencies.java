package id.gugus.examples.kalbar;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.agency.AgencyType;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.store.GugusStore;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agencies of the story, found by name and area if an earlier run stored them, else saved:
 * the provincial offices, and for each regency or city its government, police resort and
 * Dinas PPPA.
 */
final class KalbarAgencies {
    /** A regency's or city's own offices. */
    record Local(AgencyId government, AgencyId police, AgencyId dinasPppa) {}

    private final Map<ProvincialAgency, AgencyId> provincial;
    private final Map<JurisdictionCode, Local> local;
    private final int created;

    private KalbarAgencies(Map<ProvincialAgency, AgencyId> provincial, Map<JurisdictionCode, Local> local, int created) {
        this.provincial = provincial;
        this.local = local;
        this.created = created;
    }

    static KalbarAgencies findOrCreate(GugusStore store) {
        Registry registry = new Registry(store);
        Map<ProvincialAgency, AgencyId> provincial = new EnumMap<>(ProvincialAgency.class);
        for (ProvincialAgency a : ProvincialAgency.values()) {
            provincial.put(a, registry.agency(a.agencyName, a.type, a.jurisdiction));
        }
        Map<JurisdictionCode, Local> local = new HashMap<>();
        for (Jurisdiction area : KalbarAreas.regencies(store)) {
            Regencies.Seat seat = Regencies.seat(area.code());
            local.put(area.code(), new Local(
                    registry.agency("Pemerintah " + area.name(), AgencyType.REGIONAL_GOVERNMENT, area.code()),
                    registry.agency(seat.policeUnit(), AgencyType.POLICE, area.code()),
                    registry.agency("Dinas PPPA " + area.name(), AgencyType.WOMEN_AND_CHILD_PROTECTION, area.code())));
        }
        return new KalbarAgencies(provincial, local, registry.created);
    }

    AgencyId get(ProvincialAgency agency) {
        return provincial.get(agency);
    }

    Local of(JurisdictionCode regency) {
        return Optional.ofNullable(local.get(regency))
                .orElseThrow(() -> new IllegalArgumentException("no agencies for " + regency));
    }

    int count() {
        return provincial.size() + 3 * local.size();
    }

    /** How many this run saved; 0 when an earlier run stored them all. */
    int created() {
        return created;
    }

    /** Looks agencies up by (name, area) among those already stored, saving the missing ones. */
    private static final class Registry {
        private final GugusStore store;
        private final Map<JurisdictionCode, List<Agency>> storedByArea = new HashMap<>();
        private int created;

        Registry(GugusStore store) {
            this.store = store;
        }

        AgencyId agency(String name, AgencyType type, JurisdictionCode area) {
            List<Agency> stored = storedByArea.computeIfAbsent(area, a -> store.agencies().inSubtree(a));
            return stored.stream()
                    .filter(a -> a.name().equals(name) && a.jurisdiction().equals(area))
                    .findFirst()
                    .map(Agency::id)
                    .orElseGet(() -> {
                        created++;
                        return store.agencies().save(Agency.create(name, type, area)).id();
                    });
        }
    }
}
