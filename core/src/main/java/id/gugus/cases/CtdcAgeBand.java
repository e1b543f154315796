package id.gugus.cases;

/**
 * The age bands of CTDC's {@code ageBroad} variable (Counter Trafficking Data Collaborative, Global
 * Dataset): 0–8, 9–17, 18–20, 21–23, 24–26, 27–29, 30–38, 39–47, 48+. They sit beside the
 * SIMFONI-PPA bands of {@link AgeBand}; neither set can be computed from the other, so a CTDC band
 * is derived from an exact age ({@link Victim#ageWhenTrafficked()}), never from an {@link AgeBand}.
 */
public enum CtdcAgeBand {
    /** 0–8 years. */
    AGE_0_8(0, 8),
    /** 9–17 years. */
    AGE_9_17(9, 17),
    /** 18–20 years. */
    AGE_18_20(18, 20),
    /** 21–23 years. */
    AGE_21_23(21, 23),
    /** 24–26 years. */
    AGE_24_26(24, 26),
    /** 27–29 years. */
    AGE_27_29(27, 29),
    /** 30–38 years. */
    AGE_30_38(30, 38),
    /** 39–47 years. */
    AGE_39_47(39, 47),
    /** 48 years and over. */
    AGE_48_PLUS(48, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    CtdcAgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** Inclusive lower bound. */
    public int from() {
        return from;
    }

    /** Inclusive upper bound; {@code Integer.MAX_VALUE} for the open band. */
    public int to() {
        return to;
    }

    /**
     * The band of an age in whole years.
     *
     * @throws IllegalArgumentException if the age is negative
     */
    public static CtdcAgeBand of(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("age cannot be negative: " + age);
        }
        for (CtdcAgeBand band : values()) {
            if (age <= band.to) {
                return band;
            }
        }
        throw new AssertionError(age);
    }
}
