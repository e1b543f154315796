package id.gugus.exchange;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/**
 * Why a row or column of an HTCDS file cannot become part of a Gugus case, with messages in
 * Indonesian and English (bundle {@code id.gugus.exchange.HtcdsImportRules}). Reported as
 * {@link ImportProblem}s naming the row and column. A value is shown in a message only when its
 * column holds codes (never a personal or free-text column). A case that reads well but breaks a
 * rule of the model is reported under the model's own rule id ({@code CASE-...}) instead.
 */
public enum HtcdsImportRule implements Rule {
    /** The row is not CSV (0: a quoted value is not closed, the file may be cut short) or not a JSON object (1). */
    UNREADABLE("HTCDS-IMPORT-UNREADABLE", Severity.ERROR),
    /** The row has another number of values than the header has columns (a line cut short or split). */
    ROW_LENGTH("HTCDS-IMPORT-ROW-LENGTH", Severity.ERROR),
    /** A column Gugus needs is absent from the file (0), and no default was given for it (1). */
    COLUMN_MISSING("HTCDS-IMPORT-COLUMN-MISSING", Severity.ERROR),
    /** The header names a column twice. */
    COLUMN_REPEATED("HTCDS-IMPORT-COLUMN-REPEATED", Severity.ERROR),
    /** A column Gugus does not import: its values are left out (a warning; the import goes on). */
    COLUMN_UNKNOWN("HTCDS-IMPORT-COLUMN-UNKNOWN", Severity.WARNING),
    /** A value Gugus needs is empty. */
    REQUIRED("HTCDS-IMPORT-REQUIRED", Severity.ERROR),
    /** A value is not one Gugus can hold in that column. */
    VALUE("HTCDS-IMPORT-VALUE", Severity.ERROR),
    /** An area code of the right form that the store's area tree does not hold. */
    AREA("HTCDS-IMPORT-AREA", Severity.ERROR),
    /** A value of the case (not of the victim) differs between two rows of the same case. */
    CASE_MISMATCH("HTCDS-IMPORT-CASE-MISMATCH", Severity.ERROR);

    private final String id;
    private final Severity severity;

    HtcdsImportRule(String id, Severity severity) {
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
        return "id.gugus.exchange.HtcdsImportRules";
    }
}
