package id.gugus.plan;

import id.gugus.common.Period;
import java.math.BigDecimal;
import java.util.Objects;

/** The value realised for an activity's indicator over one reporting period. */
public record ProgressReport(Period period, BigDecimal realised) {
    public ProgressReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(realised, "realised");
    }
}
