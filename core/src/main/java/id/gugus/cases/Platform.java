package id.gugus.cases;

/**
 * Online platform used to recruit (docs/cases.md). Seven values are in HTCDS 2.0
 * {@code vic_RecruitmentWebsitesAndApps} ({@code X} = Twitter); {@code MICHAT} and {@code JOB_PORTAL}
 * are Gugus's own; HTCDS's Facebook Messenger, Viber, Snapchat, 4Sale, WeChat, QQ and QZone have
 * no value yet (docs/htcds-mapping.md).
 */
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
