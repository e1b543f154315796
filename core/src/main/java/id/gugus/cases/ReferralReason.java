package id.gugus.cases;

/** Why a victim was referred: HTCDS 2.0 {@code cas_ReasonForIncomingReferral} and {@code cas_ReasonForOutgoingReferral}. */
public enum ReferralReason {
    /** HTCDS AdditionalServicesRequired: the victim needs services the referring agency does not give. */
    ADDITIONAL_SERVICES_REQUIRED,
    /** HTCDS MigrationOrChangeOfLocation: the victim moves (home, to another province, abroad). */
    MIGRATION_OR_CHANGE_OF_LOCATION,
    /** HTCDS Other. */
    OTHER
}
