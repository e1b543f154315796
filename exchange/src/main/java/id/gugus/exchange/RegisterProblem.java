package id.gugus.exchange;

import id.gugus.common.Texts;
import id.gugus.validation.RuleMessages;
import id.gugus.validation.Violation;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem of a case register: where (the row as the spreadsheet numbers it, the header
 * being row 1, and the column), which rule, the value for a column without personal data, and
 * what is wrong in Indonesian and English.
 *
 * @param row the row, from 1 (the header); 0 for the file as a whole
 * @param column the column's header, or empty when the problem belongs to the row or the file
 * @param ruleId the rule broken: a {@link RegisterRule} or a rule of the model, such as {@code CASE-NIK-SERIAL}
 * @param value the cell's value as {@link Texts#echo} shows it; null for a personal column
 *     ({@link RegisterColumn#personal()}), whose value is never shown
 * @param messageId the message in Indonesian
 * @param messageEn the message in English
 */
public record RegisterProblem(int row, String column, String ruleId, String value, String messageId, String messageEn) {
    public RegisterProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * A violation found in a cell, with the cell's value unless the column is personal.
     *
     * @param row the row
     * @param column the column, or null for the row as a whole
     * @param violation the rule broken
     * @param cell the cell's text
     * @return the problem
     */
    static RegisterProblem of(int row, RegisterColumn column, Violation violation, String cell) {
        boolean shown = column != null && !column.personal() && cell != null && !cell.isEmpty();
        return new RegisterProblem(row, column == null ? "" : column.header(), violation.ruleId(),
                shown ? Texts.echo(cell) : null, violation.messageId(), violation.messageEn());
    }

    /**
     * The message in the language of {@code locale} (Indonesian for {@code id}, English otherwise).
     *
     * @param locale the language
     * @return the message
     */
    public String message(Locale locale) {
        return RuleMessages.INDONESIAN.getLanguage().equals(locale.getLanguage()) ? messageId : messageEn;
    }

    /**
     * One line: {@code baris 3, kolom nik [REGISTER-NIK]: message}, with {@code nilai '...'} for a
     * non-personal column.
     *
     * @param locale the language
     * @return the line
     */
    public String format(Locale locale) {
        boolean indonesian = RuleMessages.INDONESIAN.getLanguage().equals(locale.getLanguage());
        StringBuilder b = new StringBuilder();
        b.append(indonesian ? "baris " : "row ").append(row);
        if (!column.isEmpty()) {
            b.append(indonesian ? ", kolom " : ", column ").append(column);
        }
        b.append(" [").append(ruleId).append("]");
        if (value != null) {
            b.append(indonesian ? " nilai '" : " value '").append(value).append('\'');
        }
        return b.append(": ").append(message(locale)).toString();
    }
}
