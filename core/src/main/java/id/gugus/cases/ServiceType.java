package id.gugus.cases;

/** Victim services, after HTCDS support plans (DESIGN §4.4). */
public enum ServiceType {
    HEALTH_REHABILITATION,
    SOCIAL_REHABILITATION,
    REPATRIATION,
    REINTEGRATION,
    LEGAL_AID,
    SHELTER
}
