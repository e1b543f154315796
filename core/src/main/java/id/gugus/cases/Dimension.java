package id.gugus.cases;

import id.gugus.common.CountryCode;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.Level;
import java.time.Year;
import java.util.Optional;

/**
 * What case statistics can be grouped by. Case-level dimensions describe the case; victim-level
 * dimensions describe each victim, so a case counts once in every group one of its victims
 * falls in, and a victim with two exploitation types (control methods, labour sectors, recruiter
 * relations) counts under both. A missing value is
 * grouped under the {@link StatisticsKey#unknown unknown key}.
 *
 * <p>Each dimension names the type of its keys ({@link #keyType()}): the group a row stands for is
 * a {@link StatisticsKey} holding a value of that type.
 */
public enum Dimension {
    /** Province of the registering jurisdiction (case level); keys are province codes ({@code 61}). */
    PROVINCE(false, JurisdictionCode.class, Level.PROVINCE),
    /**
     * Regency or city of the registering jurisdiction (case level); keys are regency or city codes
     * ({@code 61.71}), unknown if registered at a province.
     */
    REGENCY(false, JurisdictionCode.class, Level.REGENCY),
    /** Province the victim comes from; keys are province codes. */
    ORIGIN_PROVINCE(true, JurisdictionCode.class, Level.PROVINCE),
    /** Regency or city the victim comes from; keys are regency or city codes. */
    ORIGIN_REGENCY(true, JurisdictionCode.class, Level.REGENCY),
    /** {@link Sex} of the victim. */
    SEX(true, Sex.class, null),
    /** {@link AgeBand} when trafficked. */
    AGE_BAND(true, AgeBand.class, null),
    /** ISO alpha-3 citizenship of the victim ({@link CountryCode}). */
    CITIZENSHIP(true, CountryCode.class, null),
    /** Each purpose ({@link ExploitationType}) of the victim. */
    EXPLOITATION_TYPE(true, ExploitationType.class, null),
    /** Country of exploitation on the route (case level, {@link CountryCode}). */
    DESTINATION_COUNTRY(false, CountryCode.class, null),
    /** {@link Year} the case was reported (case level). */
    YEAR(false, Year.class, null),
    /**
     * The victim's {@link TraffickingStatus} (HTCDS {@code vic_TraffickingStatus}): possible,
     * actual or not a victim; unknown if no determination is recorded.
     */
    TRAFFICKING_STATUS(true, TraffickingStatus.class, null),
    /** Each {@link ControlMethod} used on the victim; unknown if none is recorded. */
    CONTROL_METHOD(true, ControlMethod.class, null),
    /**
     * Each {@link LabourSector} (ISIC section) the victim was exploited in
     * ({@link Exploitation#sectors()}); unknown if none is recorded.
     */
    LABOUR_SECTOR(true, LabourSector.class, null),
    /**
     * Each {@link RecruiterRelation} of the victim to who recruited them (family, partner...);
     * unknown if none is recorded.
     */
    RECRUITER_RELATION(true, RecruiterRelation.class, null);

    private final boolean victimLevel;
    private final Class<?> keyType;
    private final Level areaLevel;

    Dimension(boolean victimLevel, Class<?> keyType, Level areaLevel) {
        this.victimLevel = victimLevel;
        this.keyType = keyType;
        this.areaLevel = areaLevel;
    }

    public boolean isVictimLevel() {
        return victimLevel;
    }

    /**
     * The type of the values its keys hold: {@link JurisdictionCode}, {@link Sex},
     * {@link AgeBand}, {@link CountryCode}, {@link ExploitationType}, {@link Year},
     * {@link TraffickingStatus}, {@link ControlMethod}, {@link LabourSector} or
     * {@link RecruiterRelation}.
     */
    public Class<?> keyType() {
        return keyType;
    }

    /** For a dimension keyed by area codes, the level of its codes; empty for the others. */
    public Optional<Level> areaLevel() {
        return Optional.ofNullable(areaLevel);
    }
}
