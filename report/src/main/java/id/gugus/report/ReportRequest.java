package id.gugus.report;

import id.gugus.common.Period;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.report.disclosure.DisclosurePolicy;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What report to make: for whose jurisdiction, over which period (cases reported in it), as of
 * which day (follow-ups are open or overdue against it: the caller's clock, not the machine's),
 * under which disclosure policy.
 */
public record ReportRequest(JurisdictionCode jurisdiction, Period period, LocalDate asOf, DisclosurePolicy policy) {
    public ReportRequest {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policy, "policy");
        ReportLevel.of(jurisdiction);
        if (asOf.isBefore(period.start())) {
            throw ValidationException.invalidValue(ReportRule.AS_OF, "asOf", asOf, period.start());
        }
    }

    /** The annual report (laporan tahunan) of {@code year}, as of {@code asOf}, with k = 11. */
    public static ReportRequest annual(JurisdictionCode jurisdiction, int year, LocalDate asOf) {
        return new ReportRequest(jurisdiction, Period.years(year, year), asOf, DisclosurePolicy.standard());
    }

    public ReportRequest withPolicy(DisclosurePolicy other) {
        return new ReportRequest(jurisdiction, period, asOf, other);
    }

    public ReportLevel level() {
        return ReportLevel.of(jurisdiction);
    }
}
