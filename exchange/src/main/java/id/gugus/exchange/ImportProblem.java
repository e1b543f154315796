package id.gugus.exchange;

import id.gugus.common.Texts;
import id.gugus.validation.Rule;
import id.gugus.validation.RuleMessages;
import id.gugus.validation.Violation;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem of an imported file, an HTCDS file ({@link HtcdsImport}) or a case register
 * ({@link CaseRegisterImport}): where it is (row and column), which rule it breaks, the wrong value
 * when it may be shown, and the message in Indonesian and English. Rows count from 1 as a
 * spreadsheet shows them: the header is row 1, the first row of data row 2; in JSON Lines the row
 * is the line. Row 0 is the file as a whole. Neither the value nor the messages ever hold a
 * personal value (name, NIK, contact, address, birth date) nor a free text of the file.
 *
 * @param row the row, from 1; 0 for the file as a whole
 * @param column the column's name as in the file (an HTCDS field name, a register column's
 *     header); empty if the problem belongs to the row or the file as a whole
 * @param ruleId the rule broken: an {@link HtcdsImportRule} or {@link RegisterRule} id, or a rule
 *     of the model such as {@code CASE-NIK-SEX}
 * @param value the cell's value as {@link Texts#echo} shows it; null when it is not shown: a
 *     personal or free-text column, an empty cell, or a problem that has no single value
 * @param messageId the message in Indonesian
 * @param messageEn the message in English
 */
public record ImportProblem(long row, String column, String ruleId, String value, String messageId, String messageEn) {
    public ImportProblem {
        if (row < 0) {
            throw new IllegalArgumentException("row must be 0 or more");
        }
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * A problem of an import rule at {@code row} and {@code column}, its message formatted with
     * {@code args}, without a value (see {@link #showing(String)}).
     *
     * @param rule the rule broken
     * @param row the row, from 1; 0 for the file as a whole
     * @param column the column's name, or empty
     * @param args the message's arguments (never a personal value)
     * @return the problem
     */
    public static ImportProblem of(Rule rule, long row, String column, Object... args) {
        return new ImportProblem(row, column, rule.id(), null, RuleMessages.format(rule, RuleMessages.INDONESIAN, args),
                RuleMessages.format(rule, Locale.ENGLISH, args));
    }

    /**
     * A violation placed at a row and column, without a value. Its message is the rule's, which
     * never holds a personal value.
     *
     * @param violation the violation
     * @param row the row the violating value came from; 0 for the file as a whole
     * @param column the column it came from, or empty
     * @return the problem
     */
    public static ImportProblem at(Violation violation, long row, String column) {
        return new ImportProblem(row, column, violation.ruleId(), null, violation.messageId(), violation.messageEn());
    }

    /**
     * A violation found in a register's cell, with the cell's value unless the column is personal.
     *
     * @param violation the violation
     * @param row the row
     * @param column the column, or null for the row as a whole
     * @param cell the cell's text, or null
     * @return the problem
     */
    static ImportProblem at(Violation violation, long row, RegisterColumn column, String cell) {
        ImportProblem p = at(violation, row, column == null ? "" : column.header());
        // The personal columns' values are what the register protects: they are never echoed back.
        return column == null || column.personal() ? p : p.showing(cell);
    }

    /**
     * This problem with the cell's value shown (echoed: cut short, control characters replaced).
     * The caller answers for the column not being personal nor free text.
     *
     * @param cell the cell's text; null or empty shows none
     * @return the problem with its value
     */
    ImportProblem showing(String cell) {
        String shown = cell == null || cell.isEmpty() ? null : Texts.echo(cell);
        return new ImportProblem(row, column, ruleId, shown, messageId, messageEn);
    }

    /**
     * The message in the given language (Indonesian: {@code Locale.forLanguageTag("id")}; English otherwise).
     *
     * @param locale the language
     * @return the message
     */
    public String message(Locale locale) {
        return indonesian(locale) ? messageId : messageEn;
    }

    /**
     * One line: {@code baris 3, kolom nik [REGISTER-NIK]: pesan} in Indonesian, {@code row 3,
     * column nik [REGISTER-NIK]: message} in English, with {@code nilai '...'} / {@code value '...'}
     * before the colon when the value is shown.
     *
     * @param locale the language
     * @return the problem as one line
     */
    public String format(Locale locale) {
        boolean indonesian = indonesian(locale);
        StringBuilder b = new StringBuilder();
        b.append(indonesian ? "baris " : "row ").append(row);
        if (!column.isEmpty()) {
            b.append(indonesian ? ", kolom " : ", column ").append(column);
        }
        b.append(" [").append(ruleId).append(']');
        if (value != null) {
            b.append(indonesian ? " nilai '" : " value '").append(value).append('\'');
        }
        return b.append(": ").append(message(locale)).toString();
    }

    private static boolean indonesian(Locale locale) {
        return RuleMessages.INDONESIAN.getLanguage().equals(locale.getLanguage());
    }
}
