package id.gugus.error;

import id.gugus.validation.Rule;
import id.gugus.validation.RuleMessages;
import java.util.Locale;
import java.util.Objects;

/**
 * The actor may not do this: beyond its roles or outside its jurisdiction scope. Nothing was
 * changed, and the refusal was written to the audit log. The message names the rule, the actor,
 * the action and the aggregate (by type and id, never by personal data).
 */
public class AccessDeniedException extends GugusException {
    private final Rule rule;
    private final Object[] args;

    /**
     * @param args the rule's message arguments: actor id, action, target (type and id), and the
     *     missing permission or the actor's scope
     */
    public AccessDeniedException(Rule rule, Object... args) {
        super("[" + rule.id() + "] " + RuleMessages.format(rule, Locale.ENGLISH, args));
        this.rule = Objects.requireNonNull(rule, "rule");
        this.args = args.clone();
    }

    /** The access rule that refused the call. */
    public Rule rule() {
        return rule;
    }

    /** The message in the given language (Indonesian: {@code Locale.forLanguageTag("id")}). */
    public String getMessage(Locale locale) {
        return "[" + rule.id() + "] " + RuleMessages.format(rule, locale, args);
    }
}
