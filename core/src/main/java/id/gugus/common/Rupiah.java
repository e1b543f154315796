package id.gugus.common;

import id.gugus.error.ValidationException;

/**
 * An amount in whole rupiah. Exact integer arithmetic: money is never a binary floating-point
 * type (docs/restitution.md), and the rupiah's sub-units are out of use.
 */
public record Rupiah(long amount) implements Comparable<Rupiah> {
    public static final Rupiah ZERO = new Rupiah(0);

    public Rupiah {
        if (amount < 0) {
            throw ValidationException.invalidValue(CommonRule.MONEY_NEGATIVE, "amount", amount);
        }
    }

    public static Rupiah of(long amount) {
        return new Rupiah(amount);
    }

    public Rupiah plus(Rupiah other) {
        return new Rupiah(Math.addExact(amount, other.amount));
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
