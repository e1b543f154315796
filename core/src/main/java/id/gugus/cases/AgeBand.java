package id.gugus.cases;

/**
 * Age bands of SIMFONI-PPA, the Ministry of Women's Empowerment and Child Protection's
 * (KemenPPPA) information system on violence against women and children, which Indonesian
 * reports use: 0–5, 6–12, 13–17, 18–24, 25–44, 45–59, 60+. The statistics count by these
 * ({@link Dimension#AGE_BAND}). CTDC's {@code ageBroad} bands are other ones and cannot be
 * computed from these: see {@link CtdcAgeBand}, which is derived from an exact age.
 */
public enum AgeBand {
    AGE_0_5(0, 5),
    AGE_6_12(6, 12),
    AGE_13_17(13, 17),
    AGE_18_24(18, 24),
    AGE_25_44(25, 44),
    AGE_45_59(45, 59),
    AGE_60_PLUS(60, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
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
    public static AgeBand of(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("age cannot be negative: " + age);
        }
        for (AgeBand band : values()) {
            if (age <= band.to) {
                return band;
            }
        }
        throw new AssertionError(age);
    }
}
