package id.gugus.plan;

import id.gugus.common.Rupiah;
import java.util.Objects;

/** An activity's budget in rupiah and its source. */
public record Budget(Rupiah amount, FundingSource source) {
    public Budget {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
    }
}
