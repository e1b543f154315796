package id.gugus.cases;

import id.gugus.agency.AgencyId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A service given to a victim by a provider agency (HTCDS support plans).
 *
 * @param end null while the service goes on
 */
public record VictimService(ServiceType type, AgencyId provider, LocalDate start, LocalDate end) {
    public VictimService {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(start, "start");
    }
}
