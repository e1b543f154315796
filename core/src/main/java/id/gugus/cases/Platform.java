package id.gugus.cases;

/** Online platform used to recruit (DESIGN §4.2). */
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
