package id.gugus.validation;

/** An error stops a save; a warning is reported and the object is still stored. */
public enum Severity {
    ERROR,
    WARNING
}
