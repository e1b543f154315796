package id.gugus.plan;

import id.gugus.common.Texts;
import java.math.BigDecimal;
import java.util.Objects;

/** What an activity measures, in what unit, and the target value over the whole plan. */
public record Indicator(String description, String unit, BigDecimal target) {
    public Indicator {
        Texts.required(description, "indicator.description", Texts.LONG);
        Texts.required(unit, "indicator.unit", 50);
        Objects.requireNonNull(target, "target");
    }
}
