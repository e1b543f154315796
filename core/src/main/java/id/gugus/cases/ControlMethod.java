package id.gugus.cases;

/**
 * Methods of control over a victim: every value of HTCDS 2.0 {@code vic_MethodsOfControl} and of
 * CTDC's {@code meansOfControl*} variables (docs/htcds-mapping.md), under Gugus's names where they
 * differ. These are indicators of control, not the legal "means" element ({@link Means}).
 */
public enum ControlMethod {
    /** HTCDS DebtBondage; CTDC meansOfControlDebtBondage. */
    DEBT_BONDAGE,
    /** HTCDS WithholdsDocuments; CTDC meansOfControlWithholdsDocuments. */
    WITHHELD_DOCUMENTS,
    /** HTCDS TakesEarnings; CTDC meansOfControlTakesEarnings. */
    WITHHELD_WAGES,
    /** HTCDS Field Definitions MethodsOfControlRestrictsMovement (not in the 2.0 picklist); CTDC meansOfControlRestrictsMovement. */
    RESTRICTED_MOVEMENT,
    /** HTCDS PhysicalThreats; CTDC meansOfControlThreats (threats to report to the authorities are {@link #THREATS_OF_LAW_ENFORCEMENT}). */
    THREATS,
    /** HTCDS ThreatensChildrenFamily; CTDC counts it under meansOfControlThreats. */
    THREATS_TO_FAMILY,
    /** HTCDS ThreatsLawEnforcement; CTDC meansOfControlThreatOfLawEnforcement (police, immigration). */
    THREATS_OF_LAW_ENFORCEMENT,
    /** HTCDS FalsePromises; CTDC meansOfControlFalsePromises. */
    FALSE_PROMISES,
    /** HTCDS PhysicalAbuse; CTDC meansOfControlPhysicalAbuse. */
    PHYSICAL_ABUSE,
    /** HTCDS SexualAbuse; CTDC meansOfControlSexualAbuse. */
    SEXUAL_ABUSE,
    /** HTCDS PsychologicalAbuse; CTDC meansOfControlPsychologicalAbuse. */
    PSYCHOLOGICAL_ABUSE,
    /** HTCDS ExcessiveWorkingHours; CTDC meansOfControlExcessiveWorkingHours. */
    EXCESSIVE_WORKING_HOURS,
    /** HTCDS PsychoactiveSubstance; CTDC meansOfControlPsychoactiveSubstances. */
    PSYCHOACTIVE_SUBSTANCES,
    /** HTCDS RestrictsFinancialAccess; CTDC meansOfControlRestrictsFinancialAccess. */
    RESTRICTED_FINANCIAL_ACCESS,
    /** HTCDS RestrictsMedicalCare; CTDC meansOfControlRestrictsMedicalCare. */
    RESTRICTED_MEDICAL_CARE,
    /** HTCDS WithholdsNecessities; CTDC meansOfControlWithholdsNecessities (food, shelter, water, hygiene). */
    WITHHELD_NECESSITIES,
    /** CTDC meansOfControlUsesChildren: access to the victim's own children limited as a means of control. */
    RESTRICTED_ACCESS_TO_CHILDREN,
    /** HTCDS Other; CTDC meansOfControlOther. */
    OTHER
}
