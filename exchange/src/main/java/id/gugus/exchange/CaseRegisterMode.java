package id.gugus.exchange;

/** What {@link CaseRegisterImport} stores when some rows of a register have problems. */
public enum CaseRegisterMode {
    /** Nothing at all: the register is stored only when every row is valid (the default). */
    ALL_OR_NOTHING,
    /**
     * The cases all of whose rows are valid; the rows of the other cases come back as a file to
     * fix ({@link CaseRegisterResult#writeToFix}), with a column naming their problems.
     */
    VALID_ROWS
}
