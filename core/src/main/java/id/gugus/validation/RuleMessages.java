package id.gugus.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up and formats the message of a rule in Indonesian or English. */
public final class RuleMessages {
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    // No fallback to the JVM's default locale: a missing translation must fail loudly in tests.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private RuleMessages() {}

    public static String format(Rule rule, Locale locale, Object... args) {
        Locale language = INDONESIAN.getLanguage().equals(locale.getLanguage()) ? INDONESIAN : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(rule.bundle(), language, rule.getClass().getClassLoader(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(rule.id());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no " + language + " message for rule " + rule.id() + " in " + rule.bundle(), e);
        }
        MessageFormat format = new MessageFormat(pattern, language);
        return format.format(args == null ? new Object[0] : args);
    }
}
