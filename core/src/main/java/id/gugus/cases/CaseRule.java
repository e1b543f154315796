package id.gugus.cases;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/**
 * Rules of cases, victims and suspects (docs/cases.md). Several rules have variants chosen by a
 * number argument ({@code {0,choice,...}} in the bundles), so one stable id covers both sides of
 * one law. Statuses are passed as their {@link CaseStatus} ordinal so each language names them
 * in its own words.
 *
 * <p>No message takes a NIK, a name, a contact, an address, a document number or a birth date as an
 * argument.
 */
public enum CaseRule implements Rule {
    /** A NIK is exactly 16 digits. */
    NIK_FORMAT("CASE-NIK-FORMAT", Severity.ERROR),
    /** The NIK's first six digits are not a known district. */
    NIK_DISTRICT("CASE-NIK-DISTRICT", Severity.ERROR),
    /** The NIK's DDMMYY (day less 40 for women) is no real date in either century. */
    NIK_DATE("CASE-NIK-DATE", Severity.ERROR),
    /** The NIK's day field (01–31 men, 41–71 women) disagrees with the recorded sex. */
    NIK_SEX("CASE-NIK-SEX", Severity.ERROR),
    /** The NIK's date disagrees with the recorded birth date (0) or age (1). */
    NIK_BIRTHDATE("CASE-NIK-BIRTHDATE", Severity.ERROR),
    /** The NIK's serial is 0000; serials start at 0001. */
    NIK_SERIAL("CASE-NIK-SERIAL", Severity.ERROR),
    /** A phone contact (mobile or home) that cannot be written in E.164 ({@link PhoneNumbers}). */
    CONTACT_PHONE("CASE-CONTACT-PHONE", Severity.ERROR),
    /** An e-mail contact without the shape of an e-mail address ({@link EmailAddresses}). */
    CONTACT_EMAIL("CASE-CONTACT-EMAIL", Severity.ERROR),
    /** An identity document's number empty, too long, or with characters other than letters, digits and separators. Arg: the most characters. */
    DOCUMENT_NUMBER("CASE-DOCUMENT-NUMBER", Severity.ERROR),
    /** A victim's legal elements are incomplete (0 adult, 1 child); registering is still allowed. */
    ELEMENTS("CASE-ELEMENTS", Severity.WARNING),
    /** A case at prosecution, trial or verdict has a victim with incomplete elements. */
    PROSECUTION_ELEMENTS("CASE-PROSECUTION-ELEMENTS", Severity.ERROR),
    /** A status step that skips, goes back, or leaves CLOSED. Args: from, to (ordinals). */
    STATUS_TRANSITION("CASE-STATUS-TRANSITION", Severity.ERROR),
    /**
     * The status history does not hang together: a step not starting where the previous ended
     * (0), a last step not ending in the current status (1), a stored history rewritten (2).
     */
    STATUS_HISTORY("CASE-STATUS-HISTORY", Severity.ERROR),
    /** A closed case without a reason (0), or a reason on a case that is not closed (1). */
    CLOSING_REASON("CASE-CLOSING-REASON", Severity.ERROR),
    /** A date after the caller's today. Arg: today. */
    DATE_FUTURE("CASE-DATE-FUTURE", Severity.ERROR),
    /**
     * Dates out of order: birth after trafficking (0), trafficking after the report (1), a
     * service ending before it starts (2), a status change before the previous one (3) or before
     * the report (4), a referral accepted before it was made (5), a service planned to end before
     * it starts (6), a place of the route dated before the stage before it (7), the case-management
     * state dated before the report (8), a death dated before the birth or the trafficking (9).
     */
    DATE_ORDER("CASE-DATE-ORDER", Severity.ERROR),
    /** Age at trafficking outside 0..120 (0), or recorded age disagreeing with the birth date (1). */
    AGE("CASE-AGE", Severity.ERROR),
    /** Neither birth date nor age known: the victim counts as an adult, a child may be missed. */
    AGE_UNKNOWN("CASE-AGE-UNKNOWN", Severity.WARNING),
    /** An Indonesian citizen victim without a region of origin. */
    ORIGIN("CASE-ORIGIN", Severity.WARNING),
    /** A referral between agencies without the victim's consent. */
    REFERRAL_CONSENT("CASE-REFERRAL-CONSENT", Severity.ERROR),
    /** A referral from an agency to itself. */
    REFERRAL_AGENCIES("CASE-REFERRAL-AGENCIES", Severity.ERROR),
    /** Ordered/paid/unpaid restitution without an ordered amount (0); claimed/in indictment with one (1). */
    RESTITUTION("CASE-RESTITUTION", Severity.ERROR),
    /** One victim claims the same head of restitution twice. */
    RESTITUTION_HEAD("CASE-RESTITUTION-HEAD", Severity.ERROR),
    /** Two victims (0) or two suspects (1) of one case share an id. */
    VICTIM_ID("CASE-VICTIM-ID", Severity.ERROR),
    /** A further citizenship repeats the first one (or another further one). */
    CITIZENSHIP_REPEATED("CASE-CITIZENSHIP-REPEATED", Severity.ERROR),
    /** A decided trafficking status (actual or not a victim) without the deciding agency (0) or the date (1). */
    TRAFFICKING_STATUS("CASE-TRAFFICKING-STATUS", Severity.ERROR),
    /** A labour sector recorded for a victim with no labour purpose ({@link ExploitationType#isLabour()}). */
    LABOUR_SECTOR("CASE-LABOUR-SECTOR", Severity.ERROR),
    /** A form of sexual exploitation recorded for a victim without the purpose sexual exploitation. */
    SEX_EXPLOITATION_TYPE("CASE-SEX-EXPLOITATION-TYPE", Severity.ERROR),
    /** "No platform" recorded together with a platform. */
    PLATFORM_NONE("CASE-PLATFORM-NONE", Severity.ERROR),
    /** A number of children outside 0..{@link Background#MAX_CHILDREN}. Arg: the maximum. */
    CHILDREN("CASE-CHILDREN", Severity.ERROR),
    /** A secondary language without a primary one (0), or the same as the primary (1). */
    LANGUAGE("CASE-LANGUAGE", Severity.ERROR),
    /** An open case-management state (active, follow-up) without a case owner. */
    OWNER("CASE-OWNER", Severity.WARNING),
    /** The case work is closed-referred, but no victim of the case has a referral. */
    MANAGEMENT_REFERRED("CASE-MANAGEMENT-REFERRED", Severity.ERROR),
    /** A legal person (corporation) suspect carries a NIK, which only natural persons have. */
    SUSPECT_NIK("CASE-SUSPECT-NIK", Severity.ERROR),
    /**
     * A save would erase a victim's (0) or suspect's (1) personal data: the stored case holds
     * some, the copy saved none. That is what a redacted copy looks like; it is never taken as a
     * wish to remove the data.
     */
    PERSONAL_DATA_ERASED("CASE-PERSONAL-DATA-ERASED", Severity.ERROR),
    /**
     * A text read as a key of statistics is no key of its dimension. Args: the text (as
     * {@link id.gugus.common.Texts#echo} shows it), the dimension, what a key of it looks like.
     */
    STATISTICS_KEY("CASE-STATISTICS-KEY", Severity.ERROR);

    private final String id;
    private final Severity severity;

    CaseRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String bundle() {
        return "id.gugus.cases.CaseRules";
    }
}
