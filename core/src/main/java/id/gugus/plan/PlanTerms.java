package id.gugus.plan;

import id.gugus.taskforce.Cluster;
import id.gugus.validation.Rule;
import id.gugus.validation.RuleMessages;
import id.gugus.validation.Violation;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Indonesian and English names of clusters and plan statuses, kept in the plan rule bundles
 * (keys {@code CLUSTER.<name>} and {@code STATUS.<name>}) so that messages quoting them read
 * naturally in each language, and so that reports can print the same words.
 */
public final class PlanTerms {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private PlanTerms() {}

    /** The cluster's name in Indonesian ({@code Locale.forLanguageTag("id")}) or English. */
    public static String cluster(Cluster cluster, Locale locale) {
        return term("CLUSTER." + cluster.name(), locale);
    }

    /** The status's name in Indonesian or English, e.g. "berlaku" / "in effect". */
    public static String status(PlanStatus status, Locale locale) {
        return term("STATUS." + status.name(), locale);
    }

    /**
     * A violation whose message arguments depend on the language (a cluster or status name):
     * {@link Violation#of} formats one set of arguments into both languages, which would print
     * an English enum name in the Indonesian text.
     */
    static Violation violation(Rule rule, String path, Function<Locale, Object[]> args) {
        return new Violation(rule.id(), rule.severity(), path,
                RuleMessages.format(rule, RuleMessages.INDONESIAN, args.apply(RuleMessages.INDONESIAN)),
                RuleMessages.format(rule, Locale.ENGLISH, args.apply(Locale.ENGLISH)));
    }

    private static String term(String key, Locale locale) {
        Locale language = RuleMessages.INDONESIAN.getLanguage().equals(locale.getLanguage())
                ? RuleMessages.INDONESIAN : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(PlanRule.BUNDLE, language, PlanTerms.class.getClassLoader(), NO_FALLBACK);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no " + language + " term " + key + " in " + PlanRule.BUNDLE, e);
        }
    }
}
