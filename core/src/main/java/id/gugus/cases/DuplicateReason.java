package id.gugus.cases;

/** Why two victims of different cases look like the same person. */
public enum DuplicateReason {
    /** The same NIK. */
    SAME_NIK,
    /** The same identity document: type, issuing country and number (a foreign victim's passport). */
    SAME_IDENTITY_DOCUMENT,
    /** The same name (ignoring case, accents and spacing) and the same birth date. */
    SAME_NAME_AND_BIRTH_DATE
}
