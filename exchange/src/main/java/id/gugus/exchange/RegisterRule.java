package id.gugus.exchange;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/**
 * Why a row of a case register (a spreadsheet imported by {@link CaseRegisterImport}) cannot be
 * read, with messages in Indonesian and English (bundle {@code id.gugus.exchange.RegisterRules}).
 * A row that reads but breaks a rule of the model is reported under the model's own rule
 * ({@code CASE-NIK-SERIAL}, say). No message takes the value of a cell: an {@link ImportProblem}
 * shows the value beside the message, and only for a column that holds no personal data.
 */
public enum RegisterRule implements Rule {
    /** The header lacks a required column (0), names a column the template has not (1), or names one twice (2). Arg 1: the column. */
    HEADER("REGISTER-HEADER"),
    /** The file is not a readable CSV or XLSX file. Arg: a technical detail (never a cell's value). */
    FILE("REGISTER-FILE"),
    /** The file has a header but no row of data. */
    EMPTY("REGISTER-EMPTY"),
    /** A required column is empty in this row. */
    REQUIRED("REGISTER-REQUIRED"),
    /** Not a date in a known format (0), or no real calendar date (1). */
    DATE("REGISTER-DATE"),
    /** The NIK is a number in the spreadsheet, not text: a spreadsheet keeps 15 digits of a number, so the 16th is lost. */
    NIK_NUMBER("REGISTER-NIK-NUMBER"),
    /** The NIK has another number of digits than 16 (0, arg 1: how many), or characters other than digits (1). */
    NIK("REGISTER-NIK"),
    /** Not an amount of rupiah (0), or an amount with sub-units (1). */
    RUPIAH("REGISTER-RUPIAH"),
    /** Not one of the values of the column. Arg: the values it takes. */
    LABEL("REGISTER-LABEL"),
    /** Not a whole number of years from 0 to 120. */
    AGE("REGISTER-AGE"),
    /** The area code is well formed but not in the store's area tree. */
    AREA("REGISTER-AREA"),
    /** Rows of one case give different values of a column of the case. Arg: the first row of the case. */
    CASE_MISMATCH("REGISTER-CASE-MISMATCH"),
    /** A case with this number is already stored. */
    CASE_EXISTS("REGISTER-CASE-EXISTS");

    private final String id;

    RegisterRule(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String bundle() {
        return "id.gugus.exchange.RegisterRules";
    }
}
