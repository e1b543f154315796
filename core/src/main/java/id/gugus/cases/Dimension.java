package id.gugus.cases;

/**
 * What case statistics can be grouped by. Case-level dimensions describe the case; victim-level
 * dimensions describe each victim, so a case counts once in every group one of its victims
 * falls in, and a victim with two exploitation types counts under both. A missing value is
 * grouped under {@link Statistics#UNKNOWN}.
 */
public enum Dimension {
    /** Province of the registering jurisdiction (case level). */
    PROVINCE(false),
    /** Regency or city of the registering jurisdiction (case level); unknown if registered at a province. */
    REGENCY(false),
    /** Province the victim comes from. */
    ORIGIN_PROVINCE(true),
    /** Regency or city the victim comes from. */
    ORIGIN_REGENCY(true),
    SEX(true),
    /** {@link AgeBand} when trafficked. */
    AGE_BAND(true),
    /** ISO alpha-3 citizenship of the victim. */
    CITIZENSHIP(true),
    /** Each purpose (exploitation type) of the victim. */
    EXPLOITATION_TYPE(true),
    /** Country of exploitation on the route (case level). */
    DESTINATION_COUNTRY(false),
    /** Year the case was reported (case level). */
    YEAR(false);

    private final boolean victimLevel;

    Dimension(boolean victimLevel) {
        this.victimLevel = victimLevel;
    }

    public boolean isVictimLevel() {
        return victimLevel;
    }
}
