package id.gugus.plan;

import id.gugus.common.Period;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value realised for an activity's indicator over one reporting period. Whether the period
 * lies in the activity's schedule and the value is not negative is rule PLAN-PROGRESS.
 */
public record ProgressReport(Period period, BigDecimal realised) {
    public ProgressReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(realised, "realised");
    }

    public static ProgressReport of(Period period, long realised) {
        return new ProgressReport(period, BigDecimal.valueOf(realised));
    }
}
