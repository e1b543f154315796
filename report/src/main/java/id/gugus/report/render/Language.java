package id.gugus.report.render;

import id.gugus.validation.RuleMessages;
import java.util.Locale;

/** The languages a report is rendered in. */
public enum Language {
    INDONESIAN(RuleMessages.INDONESIAN),
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code id} or {@code en}. */
    public String tag() {
        return locale.getLanguage();
    }
}
