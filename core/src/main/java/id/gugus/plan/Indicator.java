package id.gugus.plan;

import id.gugus.common.Decimals;
import id.gugus.common.Texts;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an activity measures, in what unit, and the target value over the whole plan. A target
 * at or below zero is accepted here and reported by the validator (rule PLAN-TARGET), so that a
 * plan being drafted can be loaded and corrected; a target beyond the bound of every decimal
 * ({@link Decimals}, rule DECIMAL-RANGE) is refused at once, since nothing can be computed from it.
 */
public record Indicator(String description, String unit, BigDecimal target) {
    public Indicator {
        Texts.required(description, "indicator.description", Texts.LONG);
        Texts.required(unit, "indicator.unit", 50);
        Decimals.bounded(Objects.requireNonNull(target, "target"), "indicator.target");
    }

    public static Indicator of(String description, String unit, long target) {
        return new Indicator(description, unit, BigDecimal.valueOf(target));
    }
}
