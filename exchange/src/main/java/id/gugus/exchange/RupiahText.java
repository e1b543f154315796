package id.gugus.exchange;

import id.gugus.common.CommonRule;
import id.gugus.common.Rupiah;
import id.gugus.error.ValidationException;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rupiah as Indonesians write them: a dot between thousands, a comma before decimals, "Rp"
 * optional ({@code Rp 15.000.000}, {@code 15.000.000,00}, {@code Rp15.000.000,-}, {@code 15000000}).
 * Thousands must be whole groups of three, so {@code 1.5} or {@code 15,000,000} (the English
 * style) is refused rather than read as fifteen or fifteen thousand. Sub-units are out of use:
 * decimals other than zero are refused, never rounded.
 */
final class RupiahText {
    private static final int FORMAT = 0;
    private static final int SUB_UNITS = 1;
    private static final Pattern AMOUNT =
            Pattern.compile("(?i)(?:rp\\.?\\s*)?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}|-))?");

    private RupiahText() {}

    /**
     * The amount a cell holds: the number of an XLSX numeric cell, or the text.
     *
     * @throws ValidationException {@code REGISTER-RUPIAH}, or {@code MONEY-RANGE} above
     *     {@link Rupiah#MAX}
     */
    static Rupiah of(RegisterCell cell, String column) {
        if (cell.number() != null) {
            double d = cell.number();
            if (d != Math.rint(d)) {
                throw ValidationException.invalidValue(RegisterRule.RUPIAH, column, SUB_UNITS);
            }
            if (d < 0 || d > Rupiah.MAX) {
                throw ValidationException.invalidValue(RegisterRule.RUPIAH, column, FORMAT);
            }
            return Rupiah.of((long) d);
        }
        return parse(cell.text(), column);
    }

    static Rupiah parse(String text, String column) {
        Matcher m = AMOUNT.matcher(text.strip());
        if (!m.matches()) {
            throw ValidationException.invalidValue(RegisterRule.RUPIAH, column, FORMAT);
        }
        String decimals = m.group(2);
        if (decimals != null && !decimals.equals("-") && !decimals.chars().allMatch(c -> c == '0')) {
            throw ValidationException.invalidValue(RegisterRule.RUPIAH, column, SUB_UNITS);
        }
        BigInteger amount = new BigInteger(m.group(1).replace(".", ""));
        if (amount.compareTo(BigInteger.valueOf(Rupiah.MAX)) > 0) {
            throw ValidationException.invalidValue(CommonRule.MONEY_RANGE, column, amount, Rupiah.MAX, 0);
        }
        return Rupiah.of(amount.longValueExact());
    }
}
