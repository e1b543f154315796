package id.gugus.report.disclosure;

import id.gugus.error.ValidationException;

/**
 * The settings of statistical disclosure control.
 *
 * <p><b>k</b>: the smallest count published (default {@value #DEFAULT_K}, as CTDC); never below
 * {@value #MIN_K}. <b>Protection level</b>: how wide the interval must stay that a reader can
 * work out for a suppressed count from everything published; a suppressed count is protected
 * when that interval is <em>wider</em> than the level. The default is {@code k − 1}: a reader
 * who only knows that a count was too small to print knows it lies in {@code 1..k−1}, an
 * interval of width {@code k − 2}; suppression must leave at least that much doubt, and one more.
 *
 * <p><b>Zeros</b> are published as zeros and never suppressed: an empty cell describes no
 * person, and hiding zeros would hide where trafficking is absent, which a task force must be
 * able to say. The consequence is that a reader knows every suppressed count is at least 1;
 * the audit assumes exactly that.
 */
public record DisclosurePolicy(int k, int protection) {
    public static final int DEFAULT_K = 11;
    public static final int MIN_K = 3;

    public DisclosurePolicy {
        if (k < MIN_K) {
            throw ValidationException.invalidValue(DisclosureRule.K_MINIMUM, "k", k, MIN_K);
        }
        if (protection < 1) {
            throw ValidationException.invalidValue(DisclosureRule.PROTECTION_MINIMUM, "protection", protection);
        }
    }

    /** k = 11 and protection level 10. */
    public static DisclosurePolicy standard() {
        return of(DEFAULT_K);
    }

    /** The given k, with protection level k − 1. */
    public static DisclosurePolicy of(int k) {
        return new DisclosurePolicy(k, Math.max(1, k - 1));
    }

    public DisclosurePolicy withProtection(int level) {
        return new DisclosurePolicy(k, level);
    }
}
