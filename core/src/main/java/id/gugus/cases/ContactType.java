package id.gugus.cases;

/** The kinds of contact HTCDS keeps apart ({@code prs_MobilePhone}, {@code prs_HomePhone}, {@code prs_Email}, ...). */
public enum ContactType {
    /** A mobile phone number, checked as a phone number. */
    MOBILE_PHONE,
    /** A fixed-line phone number, checked as a phone number. */
    HOME_PHONE,
    /** An e-mail address, checked as one. */
    EMAIL,
    /** An account on a social network (a profile name or link), as written. */
    SOCIAL_MEDIA,
    /** An account on a messaging service (WhatsApp, Telegram, ...), as written. */
    MESSAGING,
    /** Any other contact, or one whose kind an older record did not say. */
    OTHER;

    /** Whether values of this type are phone numbers. */
    public boolean isPhone() {
        return this == MOBILE_PHONE || this == HOME_PHONE;
    }
}
