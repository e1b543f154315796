package id.gugus.sampleb;

import id.gugus.samplea.CycleSampleA;

/** The other half of the package cycle of {@link CycleSampleA}. */
public final class CycleSampleB {
    private CycleSampleB() {}

    static CycleSampleA other() {
        return null;
    }
}
