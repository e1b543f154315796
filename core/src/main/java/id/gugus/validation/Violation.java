package id.gugus.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * One broken rule: its id and severity, the path of the offending value (for example
 * {@code victims[2].nik}) and the message in both languages. Messages never carry personal data:
 * rules that check personal fields do not pass the value as an argument.
 */
public record Violation(String ruleId, Severity severity, String path, String messageId, String messageEn) {
    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    public static Violation of(Rule rule, String path, Object... args) {
        return new Violation(rule.id(), rule.severity(), path,
                RuleMessages.format(rule, RuleMessages.INDONESIAN, args),
                RuleMessages.format(rule, Locale.ENGLISH, args));
    }

    public String message(Locale locale) {
        return RuleMessages.INDONESIAN.getLanguage().equals(locale.getLanguage()) ? messageId : messageEn;
    }

    /** {@code [TF-DAILY-CHAIR] dailyChair: message}. */
    public String format(Locale locale) {
        return "[" + ruleId + "] " + path + ": " + message(locale);
    }

    /**
     * The same violation with its path under {@code parent}: {@code victims[0].nik} under
     * {@code [3]} is {@code [3].victims[0].nik} (how a batch names the item that broke the rule).
     */
    public Violation under(String parent) {
        Objects.requireNonNull(parent, "parent");
        String joined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        return new Violation(ruleId, severity, joined, messageId, messageEn);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
