package id.gugus.cases;

/**
 * Sex as recorded in Indonesian civil registration (Dukcapil: the KTP and the family card know
 * only <i>laki-laki</i> and <i>perempuan</i>) and as encoded in the NIK (the day of birth plus 40
 * for a woman, docs/nik.md). This is not HTCDS 2.0 {@code prs_Gender}, which is gender as the person
 * states it, with six values; docs/htcds-mapping.md says how the two relate.
 */
public enum Sex {
    FEMALE,
    MALE
}
