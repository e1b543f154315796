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
}
