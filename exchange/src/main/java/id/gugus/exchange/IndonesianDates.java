package id.gugus.exchange;

import com.google.common.collect.ImmutableMap;
import id.gugus.error.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Dates as Indonesian registers write them: day first ({@code 17-08-2024}, {@code 17/08/2024},
 * {@code 17.08.2024}), with the month's Indonesian name or abbreviation ({@code 17 Agustus 2024},
 * {@code 17 Agt 2024}, English names too), or ISO ({@code 2024-08-17}). A two-digit year is
 * refused rather than guessed, and so is month-first order: {@code 08/17/2024} has no month 17.
 * An XLSX date cell arrives as a date already.
 */
final class IndonesianDates {
    private static final int FORMAT = 0;
    private static final int NOT_A_DAY = 1;

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NAMED = Pattern.compile("(\\d{1,2})[\\s-]+(\\p{L}+)\\.?[\\s-]+(\\d{4})");

    // Every spelling seen in registers: full names, the usual three- and four-letter forms,
    // the old spellings (Pebruari, Nopember) and English, since offices export both.
    private static final ImmutableMap<String, Integer> MONTHS = months();

    private IndonesianDates() {}

    /**
     * The date {@code text} writes.
     *
     * @throws ValidationException {@code REGISTER-DATE} at {@code column}
     */
    static LocalDate parse(String text, String column) {
        String t = text.strip();
        Matcher m = NUMERIC.matcher(t);
        if (m.matches()) {
            return date(m.group(4), m.group(3), m.group(1), column);
        }
        m = ISO.matcher(t);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3), column);
        }
        m = NAMED.matcher(t);
        if (m.matches()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                return date(m.group(3), String.valueOf(month), m.group(1), column);
            }
        }
        throw ValidationException.invalidValue(RegisterRule.DATE, column, FORMAT);
    }

    /**
     * The date of a cell: an XLSX date as it is, an XLSX number as the spreadsheet's day number
     * (a date cell whose format was lost), anything else parsed from its text.
     */
    static LocalDate of(RegisterCell cell, String column) {
        if (cell.date() != null) {
            return cell.date();
        }
        if (cell.number() != null) {
            if (!DateUtil.isValidExcelDate(cell.number()) || cell.number() < 1) {
                throw ValidationException.invalidValue(RegisterRule.DATE, column, FORMAT);
            }
            return DateUtil.getLocalDateTime(cell.number()).toLocalDate();
        }
        return parse(cell.text(), column);
    }

    private static LocalDate date(String year, String month, String day, String column) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw ValidationException.invalidValue(RegisterRule.DATE, column, NOT_A_DAY);
        }
    }

    private static ImmutableMap<String, Integer> months() {
        String[][] names = {
            {"januari", "jan", "january"},
            {"februari", "feb", "pebruari", "peb", "february"},
            {"maret", "mar", "march"},
            {"april", "apr"},
            {"mei", "may"},
            {"juni", "jun", "june"},
            {"juli", "jul", "july"},
            {"agustus", "agu", "agt", "ags", "agus", "aug", "august"},
            {"september", "sep", "sept"},
            {"oktober", "okt", "oct", "october"},
            {"november", "nov", "nopember", "nop"},
            {"desember", "des", "dec", "december"},
        };
        ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                b.put(name, i + 1);
            }
        }
        return b.buildOrThrow();
    }
}
