package id.gugus.samplea;

import id.gugus.sampleb.CycleSampleB;

/** Half of a package cycle, made on purpose so that ArchitectureRulesCanFailTest sees the cycle rule fail. */
public final class CycleSampleA {
    private CycleSampleA() {}

    static CycleSampleB other() {
        return null;
    }
}
