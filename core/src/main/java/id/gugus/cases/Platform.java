package id.gugus.cases;

/** Online platform used to recruit (docs/cases.md). */
public enum Platform {
    FACEBOOK,
    INSTAGRAM,
    WHATSAPP,
    TELEGRAM,
    TIKTOK,
    X,
    LINE,
    MICHAT,
    JOB_PORTAL,
    OTHER,
    NONE
}
