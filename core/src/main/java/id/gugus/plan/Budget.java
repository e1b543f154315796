package id.gugus.plan;

import id.gugus.common.Rupiah;
import java.util.Objects;

/** An activity's budget in rupiah and its source; {@link Rupiah} already refuses negative amounts. */
public record Budget(Rupiah amount, FundingSource source) {
    public Budget {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
    }

    public static Budget of(long rupiah, FundingSource source) {
        return new Budget(Rupiah.of(rupiah), source);
    }
}
