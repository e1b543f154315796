package id.gugus.taskforce;

import id.gugus.validation.Rule;
import id.gugus.validation.RuleMessages;
import id.gugus.validation.Violation;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names of offices, levels, statuses and clusters in Indonesian and English, so that a message
 * reads "Kapolda" in one language and "Regional Police Chief (Kapolda)" in the other instead of
 * an enum constant. They live in the rule bundles under lower-case keys ({@code position.KAPOLDA}),
 * which cannot clash with rule ids ({@code TF-...}).
 */
final class Labels {
    private static final String BUNDLE = "id.gugus.taskforce.TaskForceRules";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Labels() {}

    /** A violation whose arguments are themselves words, chosen per language. */
    static Violation violation(Rule rule, String path, Function<Locale, Object[]> args) {
        return new Violation(rule.id(), rule.severity(), path,
                RuleMessages.format(rule, RuleMessages.INDONESIAN, args.apply(RuleMessages.INDONESIAN)),
                RuleMessages.format(rule, Locale.ENGLISH, args.apply(Locale.ENGLISH)));
    }

    /** The label of an enum constant, under the key {@code <prefix>.<NAME>}. */
    static String of(String prefix, Enum<?> value, Locale locale) {
        return text(prefix + "." + value.name(), locale);
    }

    static String position(Position position, Locale locale) {
        return of("position", position, locale);
    }

    /** "Kapolres atau Kapolresta" / "… or …". */
    static String anyOf(Collection<Position> positions, Locale locale) {
        // "A or B", "A, B or C": the last two joined by the language's "or", the rest by commas.
        java.util.List<String> names = positions.stream().map(p -> position(p, locale)).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + text("or", locale) + " "
                + names.get(names.size() - 1);
    }

    /** A phrase of the bundle, with {@link MessageFormat} arguments. */
    static String phrase(String key, Locale locale, Object... args) {
        return new MessageFormat(text(key, locale), language(locale)).format(args);
    }

    private static String text(String key, Locale locale) {
        Locale language = language(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, Labels.class.getClassLoader(), NO_FALLBACK);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no " + language + " label " + key + " in " + BUNDLE, e);
        }
    }

    private static Locale language(Locale locale) {
        return RuleMessages.INDONESIAN.getLanguage().equals(locale.getLanguage()) ? RuleMessages.INDONESIAN : Locale.ENGLISH;
    }
}
