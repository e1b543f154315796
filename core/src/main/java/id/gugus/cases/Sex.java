package id.gugus.cases;

/** Sex as recorded for a person (HTCDS). */
public enum Sex {
    FEMALE,
    MALE
}
