package id.gugus.cases;

import id.gugus.agency.AgencyId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A service given to a victim by a provider agency: an HTCDS 2.0 support plan ({@code spl_Type},
 * {@code spl_PlannedEndDate}, {@code spl_ActualEndDate}) with its provider and start.
 *
 * @param end null while the service goes on (HTCDS actual end date)
 * @param plannedEnd when the service is planned to end (HTCDS planned end date); null if not planned
 */
public record VictimService(ServiceType type, AgencyId provider, LocalDate start, LocalDate end, LocalDate plannedEnd) {
    public VictimService {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(start, "start");
    }

    /** A service without a planned end. */
    public VictimService(ServiceType type, AgencyId provider, LocalDate start, LocalDate end) {
        this(type, provider, start, end, null);
    }

    /** This service, planned to end on the date. */
    public VictimService plannedToEnd(LocalDate date) {
        return new VictimService(type, provider, start, end, date);
    }
}
