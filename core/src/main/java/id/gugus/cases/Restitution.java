package id.gugus.cases;

import id.gugus.common.Rupiah;
import java.util.Objects;

/**
 * One head of restitution owed to a victim (UU 21/2007 Art. 48): claimed, and once the court
 * decides, ordered, in whole rupiah.
 *
 * @param ordered null until the court orders it
 */
public record Restitution(RestitutionHead head, Rupiah claimed, Rupiah ordered, RestitutionState state) {
    public Restitution {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(state, "state");
    }

    public static Restitution claim(RestitutionHead head, Rupiah claimed) {
        return new Restitution(head, claimed, null, RestitutionState.CLAIMED);
    }

    /** The claim as taken into the prosecutor's indictment; no amount is ordered yet. */
    public Restitution inIndictment() {
        return new Restitution(head, claimed, null, RestitutionState.IN_INDICTMENT);
    }

    /** The court's order of {@code amount} for this head. */
    public Restitution order(Rupiah amount) {
        return new Restitution(head, claimed, Objects.requireNonNull(amount, "amount"), RestitutionState.ORDERED);
    }

    /** An ordered restitution paid ({@code true}) or left unpaid. */
    public Restitution settled(boolean paid) {
        return new Restitution(head, claimed, ordered, paid ? RestitutionState.PAID : RestitutionState.UNPAID);
    }
}
