package id.gugus.cases;

/**
 * Methods of control over a victim, after HTCDS 2.0 {@code vic_MethodsOfControl} and CTDC's
 * {@code meansOfControl*} variables, but not their whole value set (docs/htcds-mapping.md): 11 of the
 * 15 named HTCDS values under other names ({@code THREATS} = PhysicalThreats, {@code THREATS_TO_FAMILY}
 * = ThreatensChildrenFamily, {@code WITHHELD_WAGES} = TakesEarnings, {@code WITHHELD_DOCUMENTS} =
 * WithholdsDocuments, ...), plus {@code RESTRICTED_MOVEMENT}, which is in HTCDS's Field Definitions
 * ({@code MethodsOfControlRestrictsMovement}) and CTDC but not in the HTCDS picklist. Not held yet:
 * ThreatsLawEnforcement, RestrictsFinancialAccess, RestrictsMedicalCare, WithholdsNecessities, and
 * CTDC's UsesChildren. These are indicators of control, not the legal "means" element ({@link Means}).
 */
public enum ControlMethod {
    DEBT_BONDAGE,
    WITHHELD_DOCUMENTS,
    WITHHELD_WAGES,
    RESTRICTED_MOVEMENT,
    THREATS,
    THREATS_TO_FAMILY,
    FALSE_PROMISES,
    PHYSICAL_ABUSE,
    SEXUAL_ABUSE,
    PSYCHOLOGICAL_ABUSE,
    EXCESSIVE_WORKING_HOURS,
    PSYCHOACTIVE_SUBSTANCES,
    OTHER
}
