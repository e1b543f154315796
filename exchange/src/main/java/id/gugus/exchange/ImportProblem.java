package id.gugus.exchange;

import id.gugus.validation.Rule;
import id.gugus.validation.RuleMessages;
import id.gugus.validation.Violation;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem of an imported file: where it is (row and column) and which rule it breaks, with the
 * message in Indonesian and English. Rows count from 1 as a spreadsheet shows them: the CSV header
 * is row 1, its first record row 2; in JSON Lines the row is the line. Row 0 is the file as a
 * whole. Messages never hold a personal value (name, NIK, contact, address, birth date) nor a
 * free text of the file.
 *
 * @param row the row, from 1; 0 for the file as a whole
 * @param column the column's name as in the file (an HTCDS field name); empty if the row as a whole
 * @param ruleId the rule broken: an {@link HtcdsImportRule} id or a rule of the model such as {@code CASE-NIK-SEX}
 * @param messageId the message in Indonesian
 * @param messageEn the message in English
 */
public record ImportProblem(long row, String column, String ruleId, String messageId, String messageEn) {
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
     * A problem of an import rule at {@code row} and {@code column}, its message formatted with {@code args}.
     *
     * @param rule the rule broken
     * @param row the row, from 1; 0 for the file as a whole
     * @param column the column's name, or empty
     * @param args the message's arguments (never a personal value)
     * @return the problem
     */
    public static ImportProblem of(Rule rule, long row, String column, Object... args) {
        return new ImportProblem(row, column, rule.id(), RuleMessages.format(rule, RuleMessages.INDONESIAN, args),
                RuleMessages.format(rule, Locale.ENGLISH, args));
    }

    /**
     * A violation of the model's rules, found in the case built from the file, placed at the row and
     * column it came from. Its message is the model's, which never holds a personal value.
     *
     * @param violation the violation
     * @param row the row the violating value came from
     * @param column the column it came from
     * @return the problem
     */
    public static ImportProblem at(Violation violation, long row, String column) {
        return new ImportProblem(row, column, violation.ruleId(), violation.messageId(), violation.messageEn());
    }

    /**
     * The message in the given language (Indonesian: {@code Locale.forLanguageTag("id")}).
     *
     * @param locale the language
     * @return the message
     */
    public String message(Locale locale) {
        return RuleMessages.INDONESIAN.getLanguage().equals(locale.getLanguage()) ? messageId : messageEn;
    }

    /**
     * {@code [HTCDS-IMPORT-VALUE] row 5, prs_Gender: message}.
     *
     * @param locale the language
     * @return the problem as one line
     */
    public String format(Locale locale) {
        return "[" + ruleId + "] row " + row + (column.isEmpty() ? "" : ", " + column) + ": " + message(locale);
    }
}
