package id.gugus.cases;

import id.gugus.agency.AgencyId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a person in a case is a victim of trafficking, and who decided it: HTCDS 2.0
 * {@code vic_TraffickingStatus} and {@code vic_TraffickingStatusDecisionMakingOrg}. A decided status
 * (actual or not a victim) names the agency and the date ({@code CASE-TRAFFICKING-STATUS});
 * a possible victim may carry neither.
 *
 * @param decidedBy the agency that made the determination (HTCDS's decision-making organisation); null while possible
 * @param decidedOn when; null while possible
 */
public record TraffickingDetermination(TraffickingStatus status, AgencyId decidedBy, LocalDate decidedOn) {
    public TraffickingDetermination {
        Objects.requireNonNull(status, "status");
    }

    /** A possible victim, nobody has decided yet. */
    public static TraffickingDetermination possible() {
        return new TraffickingDetermination(TraffickingStatus.POSSIBLE_VICTIM, null, null);
    }

    /** Determined to be a victim by the agency on the date. */
    public static TraffickingDetermination actual(AgencyId decidedBy, LocalDate decidedOn) {
        return new TraffickingDetermination(TraffickingStatus.ACTUAL_VICTIM, decidedBy, decidedOn);
    }

    /** Determined not to be a victim by the agency on the date; the record is kept. */
    public static TraffickingDetermination notAVictim(AgencyId decidedBy, LocalDate decidedOn) {
        return new TraffickingDetermination(TraffickingStatus.NOT_A_VICTIM, decidedBy, decidedOn);
    }
}
