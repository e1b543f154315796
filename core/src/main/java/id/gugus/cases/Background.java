package id.gugus.cases;

import id.gugus.common.LanguageCode;

/**
 * The HTCDS 2.0 person fields about a victim's life that are not personal data in Gugus's sense
 * (they name nobody): marital status, number of children, languages and education. Each is
 * optional (null: not recorded). Like birth date, sex and gender they stay in a redacted copy:
 * case work and statistics need them without the names (docs/cases.md says why).
 *
 * @param maritalStatus HTCDS {@code prs_MaritalStatus}, mapped from Dukcapil's status perkawinan
 * @param children HTCDS {@code prs_NumberOfChildren}, 0 to {@value #MAX_CHILDREN} ({@code CASE-CHILDREN})
 * @param primaryLanguage HTCDS {@code prs_PrimaryLanguage}: the language the victim speaks best
 * @param secondaryLanguage HTCDS {@code prs_SecondaryLanguage}: another the victim speaks; only with a
 *     primary one and not the same ({@code CASE-LANGUAGE})
 * @param education HTCDS {@code prs_HighestLevelOfEducation} (ISCED 2011)
 */
public record Background(MaritalStatus maritalStatus, Integer children, LanguageCode primaryLanguage,
        LanguageCode secondaryLanguage, EducationLevel education) {
    /** The most children recorded: two digits, as on census forms; more is a typing error. */
    public static final int MAX_CHILDREN = 99;

    /** Nothing recorded (what records written before these fields read as). */
    public static final Background NONE = new Background(null, null, null, null, null);

    /** Whether nothing is recorded. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * Whether the victim needs an interpreter to be heard: a language is recorded and neither is
     * Indonesian (KUHAP, UU 8/1981 Art. 177: a witness who does not understand Indonesian is heard
     * through an interpreter). False when no language is recorded: unknown is not a need.
     */
    public boolean needsInterpreter() {
        return primaryLanguage != null && !primaryLanguage.isIndonesian()
                && (secondaryLanguage == null || !secondaryLanguage.isIndonesian());
    }

    /** Which fields are recorded, not their values: like a victim's, this stays out of logs. */
    @Override
    public String toString() {
        return "Background[maritalStatus=" + (maritalStatus != null) + ", children=" + (children != null)
                + ", primaryLanguage=" + (primaryLanguage != null) + ", secondaryLanguage=" + (secondaryLanguage != null)
                + ", education=" + (education != null) + "]";
    }

    /** With the marital status. */
    public Background withMaritalStatus(MaritalStatus status) {
        return new Background(status, children, primaryLanguage, secondaryLanguage, education);
    }

    /** With the number of children. */
    public Background withChildren(Integer count) {
        return new Background(maritalStatus, count, primaryLanguage, secondaryLanguage, education);
    }

    /** With the languages: the primary one and another (either may be null). */
    public Background withLanguages(LanguageCode primary, LanguageCode secondary) {
        return new Background(maritalStatus, children, primary, secondary, education);
    }

    /** With the highest level of education. */
    public Background withEducation(EducationLevel level) {
        return new Background(maritalStatus, children, primaryLanguage, secondaryLanguage, level);
    }
}
