package id.gugus.common;

import id.gugus.error.ValidationException;
import java.math.BigInteger;

/**
 * An amount in whole rupiah, from zero to {@link #MAX} (Rp 1.000 triliun, 10<sup>15</sup>).
 * Exact integer arithmetic: money is never a binary floating-point type (docs/restitution.md), and the
 * rupiah's sub-units are out of use.
 *
 * <p>The bound is far above any budget or restitution a task force records (the whole state
 * budget, APBN, is a few thousand trillion), and low enough that thousands of amounts still add
 * up inside a {@code long}: every total the library computes either fits, or is refused by rule
 * {@code MONEY-RANGE} (or {@code PLAN-BUDGET-TOTAL} for a plan), never wraps around or throws an
 * {@link ArithmeticException}.
 */
public record Rupiah(long amount) implements Comparable<Rupiah> {
    /** The largest amount: Rp 1.000.000.000.000.000. */
    public static final long MAX = 1_000_000_000_000_000L;
    public static final Rupiah ZERO = new Rupiah(0);

    // Variants of MONEY-RANGE: the choice index in the message bundles.
    private static final int ONE_AMOUNT = 0;
    private static final int A_TOTAL = 1;

    public Rupiah {
        if (amount < 0) {
            throw ValidationException.invalidValue(CommonRule.MONEY_NEGATIVE, "amount", amount);
        }
        if (amount > MAX) {
            throw ValidationException.invalidValue(CommonRule.MONEY_RANGE, "amount", amount, MAX, ONE_AMOUNT);
        }
    }

    public static Rupiah of(long amount) {
        return new Rupiah(amount);
    }

    /**
     * The sum, exact.
     *
     * @throws ValidationException {@code MONEY-RANGE} if the sum is above {@link #MAX}
     */
    public Rupiah plus(Rupiah other) {
        long sum = amount + other.amount; // both at most MAX: cannot overflow
        if (sum > MAX) {
            throw tooLarge(BigInteger.valueOf(sum), "amount");
        }
        return new Rupiah(sum);
    }

    /** The violation of a total above {@link #MAX}, at {@code path}. */
    public static ValidationException tooLarge(BigInteger total, String path) {
        return ValidationException.invalidValue(CommonRule.MONEY_RANGE, path, total, MAX, A_TOTAL);
    }

    @Override
    public int compareTo(Rupiah o) {
        return Long.compare(amount, o.amount);
    }

    @Override
    public String toString() {
        return "Rp" + amount;
    }
}
