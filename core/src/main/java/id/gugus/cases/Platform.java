package id.gugus.cases;

/**
 * An online platform or app used to recruit or to exploit (docs/cases.md): every value of HTCDS 2.0
 * {@code vic_RecruitmentWebsitesAndApps} ({@code X} = Twitter, {@code FOUR_SALE} = 4Sale), plus
 * {@code MICHAT} and {@code JOB_PORTAL}, Gugus's own, which Indonesian cases name often.
 */
public enum Platform {
    FACEBOOK,
    FACEBOOK_MESSENGER,
    INSTAGRAM,
    WHATSAPP,
    TELEGRAM,
    VIBER,
    SNAPCHAT,
    TIKTOK,
    X,
    LINE,
    FOUR_SALE,
    WECHAT,
    QQ,
    QZONE,
    MICHAT,
    JOB_PORTAL,
    OTHER,
    /** No online platform was used. */
    NONE
}
