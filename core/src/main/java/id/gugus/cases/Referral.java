package id.gugus.cases;

import id.gugus.agency.AgencyId;
import id.gugus.common.Texts;
import id.gugus.security.Actor;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A referral of a victim from one agency to another; it needs the victim's consent (docs/cases.md).
 * One record serves both HTCDS 2.0 sides: for the referring agency it is the outgoing referral
 * ({@code cas_ReferredOrganisation}, {@code cas_OutgoingReferralDate}), for the receiving one the
 * incoming referral ({@code cas_ReferringOrganisation}, {@code cas_IncomingReferralDate}, the date
 * it accepted the victim). Each side may name its primary case worker, an actor id like the case
 * owner ({@link CaseManagement#owner()}): Gugus keeps no record of staff persons.
 *
 * @param on when the referral was made (HTCDS outgoing referral date)
 * @param purpose the service the victim is referred for
 * @param reason why (HTCDS reason for referral); null if not recorded
 * @param acceptedOn when the receiving agency accepted the victim (HTCDS incoming referral date); null until then
 * @param referringCaseWorker the id of the actor ({@link Actor#id()}) at the referring agency who
 *     handles the victim (HTCDS {@code cas_ReferringPrimaryCaseWorker}); null if not recorded
 * @param referredCaseWorker the id of the actor at the receiving agency who takes the victim over
 *     (HTCDS {@code cas_ReferredPrimaryCaseWorker}); null if not recorded or not yet known
 */
public record Referral(AgencyId from, AgencyId to, LocalDate on, ServiceType purpose, boolean consentGiven,
        ReferralReason reason, LocalDate acceptedOn, String referringCaseWorker, String referredCaseWorker) {
    public Referral {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(purpose, "purpose");
        Texts.optional(referringCaseWorker, "referringCaseWorker", Actor.MAX_ID_LENGTH);
        Texts.optional(referredCaseWorker, "referredCaseWorker", Actor.MAX_ID_LENGTH);
    }

    /** A referral without case workers (as before they were recorded). */
    public Referral(AgencyId from, AgencyId to, LocalDate on, ServiceType purpose, boolean consentGiven,
            ReferralReason reason, LocalDate acceptedOn) {
        this(from, to, on, purpose, consentGiven, reason, acceptedOn, null, null);
    }

    /** A referral without a recorded reason, not yet accepted. */
    public Referral(AgencyId from, AgencyId to, LocalDate on, ServiceType purpose, boolean consentGiven) {
        this(from, to, on, purpose, consentGiven, null, null);
    }

    /** This referral, accepted by the receiving agency on the date. */
    public Referral acceptedOn(LocalDate date) {
        return new Referral(from, to, on, purpose, consentGiven, reason, date, referringCaseWorker, referredCaseWorker);
    }

    /** This referral with its reason. */
    public Referral because(ReferralReason why) {
        return new Referral(from, to, on, purpose, consentGiven, why, acceptedOn, referringCaseWorker, referredCaseWorker);
    }

    /** This referral with the primary case worker (an actor id, or null) on each side. */
    public Referral withCaseWorkers(String referring, String referred) {
        return new Referral(from, to, on, purpose, consentGiven, reason, acceptedOn, referring, referred);
    }
}
