package id.gugus.plan;

import id.gugus.common.Decimals;
import id.gugus.common.Period;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value realised for an activity's indicator over one reporting period. Whether the period
 * lies in the activity's schedule and the value is not negative is rule PLAN-PROGRESS; a value
 * beyond the bound of every decimal ({@link Decimals}, rule DECIMAL-RANGE) is refused at once.
 */
public record ProgressReport(Period period, BigDecimal realised) {
    public ProgressReport {
        Objects.requireNonNull(period, "period");
        Decimals.bounded(Objects.requireNonNull(realised, "realised"), "progress.realised");
    }

    public static ProgressReport of(Period period, long realised) {
        return new ProgressReport(period, BigDecimal.valueOf(realised));
    }
}
