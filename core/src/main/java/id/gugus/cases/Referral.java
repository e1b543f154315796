package id.gugus.cases;

import id.gugus.agency.AgencyId;
import java.time.LocalDate;
import java.util.Objects;

/** A referral of a victim from one agency to another; it needs the victim's consent (docs/cases.md). */
public record Referral(AgencyId from, AgencyId to, LocalDate on, ServiceType purpose, boolean consentGiven) {
    public Referral {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(purpose, "purpose");
    }
}
