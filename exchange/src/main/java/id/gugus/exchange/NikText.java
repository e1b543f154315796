package id.gugus.exchange;

import id.gugus.cases.Nik;
import id.gugus.error.ValidationException;
import java.util.regex.Pattern;

/**
 * A NIK as a register holds it: text, possibly with spaces between groups or the apostrophe
 * with which a spreadsheet user forces text. A NIK that became a number is refused with the
 * fix, never repaired: a spreadsheet keeps 15 significant digits, so the 16th digit of a NIK
 * typed into a numeric cell is already gone (and shows as {@code 6.17104E+15}).
 */
final class NikText {
    private static final int LENGTH = 0;
    private static final int NOT_DIGITS = 1;
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+([.,]\\d+)?[eE]\\+?\\d+");

    private NikText() {}

    /**
     * The NIK of a cell.
     *
     * @throws ValidationException {@code REGISTER-NIK-NUMBER} for a numeric cell or a number in
     *     scientific notation, {@code REGISTER-NIK} for another length or other characters
     */
    static Nik of(RegisterCell cell, String column) {
        if (cell.number() != null) {
            throw ValidationException.invalidValue(RegisterRule.NIK_NUMBER, column);
        }
        String t = cell.text().strip();
        if (t.startsWith("'")) {
            t = t.substring(1);
        }
        if (SCIENTIFIC.matcher(t).matches()) {
            throw ValidationException.invalidValue(RegisterRule.NIK_NUMBER, column);
        }
        String digits = t.replace(" ", "");
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ValidationException.invalidValue(RegisterRule.NIK, column, NOT_DIGITS, 0);
        }
        if (digits.length() != 16) {
            throw ValidationException.invalidValue(RegisterRule.NIK, column, LENGTH, digits.length());
        }
        return Nik.of(digits);
    }
}
