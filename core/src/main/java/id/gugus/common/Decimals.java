package id.gugus.common;

import id.gugus.error.ValidationException;
import java.math.BigDecimal;

/**
 * The bound on every decimal number of the model (an indicator's target, a realised value):
 * at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and {@value #MAX_SCALE}
 * after it, trailing zeros not counted ({@code 1.50000} is {@code 1.5}). Rule
 * {@code DECIMAL-RANGE}.
 *
 * <p>Without a bound, {@code 1e100000000} is a valid {@link BigDecimal} of a few bytes whose
 * arithmetic takes minutes, and {@code 1e999999999} overflows the scale of the first division;
 * a store would also have no column to keep it in. Bounded, every sum, product and quotient the
 * library computes from them is exact and quick.
 */
public final class Decimals {
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_SCALE = 4;

    private Decimals() {}

    /** {@code value} if it is inside the bound; a {@code DECIMAL-RANGE} violation at {@code path} if not. */
    public static BigDecimal bounded(BigDecimal value, String path) {
        if (value == null) {
            return null;
        }
        // precision and scale are O(1) on a BigDecimal of small unscaled value, whatever its exponent.
        BigDecimal stripped = value.stripTrailingZeros();
        long scale = stripped.scale();
        long integerDigits = Math.max((long) stripped.precision() - scale, 0);
        if (integerDigits > MAX_INTEGER_DIGITS || scale > MAX_SCALE) {
            throw ValidationException.invalidValue(CommonRule.DECIMAL_RANGE, path, Texts.echo(value.toString()),
                    MAX_INTEGER_DIGITS, MAX_SCALE);
        }
        return value;
    }
}
