package id.gugus.cases;

/** Victim services, after HTCDS support plans (docs/cases.md). */
public enum ServiceType {
    HEALTH_REHABILITATION,
    SOCIAL_REHABILITATION,
    REPATRIATION,
    REINTEGRATION,
    LEGAL_AID,
    SHELTER
}
