package id.gugus.report;

import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.Level;

/**
 * Who reports (Perpres 69/2008 as amended): a regency or city task force to its province, a
 * province to the national task force, the national task force yearly to the President.
 */
public enum ReportLevel {
    NATIONAL(Level.PROVINCE),
    PROVINCIAL(Level.REGENCY),
    REGENCY(Level.REGENCY);

    private final Level areaLevel;

    ReportLevel(Level areaLevel) {
        this.areaLevel = areaLevel;
    }

    /**
     * The level of the areas in the report's tables: provinces in the national report, regencies
     * and cities below. A regency's report uses regencies too, so that a province can add it up
     * with its own (and victims from neighbouring regencies show as such).
     */
    public Level areaLevel() {
        return areaLevel;
    }

    /** The level of a report on {@code jurisdiction}; only the nation, a province, a regency or a city reports. */
    public static ReportLevel of(JurisdictionCode jurisdiction) {
        return switch (jurisdiction.level()) {
            case NATIONAL -> NATIONAL;
            case PROVINCE -> PROVINCIAL;
            case REGENCY -> REGENCY;
            default -> throw id.gugus.error.ValidationException.invalidValue(ReportRule.LEVEL, "jurisdiction",
                    jurisdiction.value());
        };
    }
}
