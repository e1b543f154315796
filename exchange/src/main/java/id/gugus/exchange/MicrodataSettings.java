package id.gugus.exchange;

import id.gugus.error.ValidationException;

/**
 * How anonymous {@link CtdcMicrodata} must be: every combination of quasi-identifiers in the file
 * is shared by at least {@code k} victims, and at most {@code maxSuppressedShare} of the victims
 * may have their quasi-identifiers suppressed rather than the whole file generalised further.
 *
 * <pre>{@code
 * MicrodataSettings strict = MicrodataSettings.DEFAULT.withK(20);
 * }</pre>
 *
 * @param k the smallest equivalence class allowed; at least {@value #MIN_K}
 * @param maxSuppressedShare the share of victims (0 to 1) that may be suppressed
 */
public record MicrodataSettings(int k, double maxSuppressedShare) {
    /** The smallest k allowed: a class of one or two rows would point at one or two people. */
    public static final int MIN_K = 3;
    /** CTDC's k = 11, at most 5% of victims suppressed. */
    public static final MicrodataSettings DEFAULT = new MicrodataSettings(11, 0.05);

    /**
     * @throws ValidationException {@code MICRODATA-K-MINIMUM} if k is below {@value #MIN_K};
     *     {@code MICRODATA-SUPPRESSION-LIMIT} if the share is not from 0 to 1
     */
    public MicrodataSettings {
        if (k < MIN_K) {
            throw ValidationException.invalidValue(MicrodataRule.K_MINIMUM, "k", k, MIN_K);
        }
        if (!(maxSuppressedShare >= 0 && maxSuppressedShare <= 1)) {
            throw ValidationException.invalidValue(MicrodataRule.SUPPRESSION_LIMIT, "maxSuppressedShare", maxSuppressedShare);
        }
    }

    /** These settings with another k. */
    public MicrodataSettings withK(int k) {
        return new MicrodataSettings(k, maxSuppressedShare);
    }

    /** These settings with another share of victims that may be suppressed. */
    public MicrodataSettings withMaxSuppressedShare(double share) {
        return new MicrodataSettings(k, share);
    }

    /** How many of {@code victims} may be suppressed. */
    long maxSuppressed(long victims) {
        return (long) Math.floor(victims * maxSuppressedShare);
    }
}
