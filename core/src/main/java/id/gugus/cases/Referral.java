package id.gugus.cases;

import id.gugus.agency.AgencyId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A referral of a victim from one agency to another; it needs the victim's consent (docs/cases.md).
 * One record serves both HTCDS 2.0 sides: for the referring agency it is the outgoing referral
 * ({@code cas_ReferredOrganisation}, {@code cas_OutgoingReferralDate}), for the receiving one the
 * incoming referral ({@code cas_ReferringOrganisation}, {@code cas_IncomingReferralDate}, the date
 * it accepted the victim).
 *
 * @param on when the referral was made (HTCDS outgoing referral date)
 * @param purpose the service the victim is referred for
 * @param reason why (HTCDS reason for referral); null if not recorded
 * @param acceptedOn when the receiving agency accepted the victim (HTCDS incoming referral date); null until then
 */
public record Referral(AgencyId from, AgencyId to, LocalDate on, ServiceType purpose, boolean consentGiven,
        ReferralReason reason, LocalDate acceptedOn) {
    public Referral {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** A referral without a recorded reason, not yet accepted. */
    public Referral(AgencyId from, AgencyId to, LocalDate on, ServiceType purpose, boolean consentGiven) {
        this(from, to, on, purpose, consentGiven, null, null);
    }

    /** This referral, accepted by the receiving agency on the date. */
    public Referral acceptedOn(LocalDate date) {
        return new Referral(from, to, on, purpose, consentGiven, reason, date);
    }

    /** This referral with its reason. */
    public Referral because(ReferralReason why) {
        return new Referral(from, to, on, purpose, consentGiven, why, acceptedOn);
    }
}
