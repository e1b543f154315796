package id.gugus.error;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import id.gugus.validation.Rule;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Input broke one or more rules. Carries every violation at once (docs/validation.md), each with its
 * rule id, path and messages in Indonesian and English; the exception message is the English
 * text of all of them. Nothing was stored.
 */
public class ValidationException extends GugusException {
    private final ImmutableList<Violation> violations;

    public ValidationException(Violations violations) {
        super(render(violations.all(), Locale.ENGLISH));
        Preconditions.checkArgument(!violations.all().isEmpty(), "a validation exception needs a violation");
        this.violations = violations.all();
    }

    /** The aggregate {@code entityType} {@code id} broke rules; the message names it, then every violation. */
    public ValidationException(String entityType, Object id, Violations violations) {
        super(entityType + " " + id + " is invalid: " + render(violations.all(), Locale.ENGLISH));
        Preconditions.checkArgument(!violations.all().isEmpty(), "a validation exception needs a violation");
        this.violations = violations.all();
    }

    /** A constructor invariant: one rule broken by one value, reported at once. */
    public static ValidationException invalidValue(Rule rule, String path, Object... args) {
        return new ValidationException(Violations.of(Violation.of(rule, path, args)));
    }

    /** Throws a {@link ValidationException} with every violation if any of them is an error; warnings alone pass. */
    public static void throwIfErrors(Violations violations) {
        if (violations.hasErrors()) {
            throw new ValidationException(violations);
        }
    }

    public ImmutableList<Violation> violations() {
        return violations;
    }

    /** All messages in the given language (Indonesian: {@code Locale.forLanguageTag("id")}). */
    public String getMessage(Locale locale) {
        return render(violations, locale);
    }

    private static String render(ImmutableList<Violation> violations, Locale locale) {
        return violations.stream().map(v -> v.format(locale)).collect(Collectors.joining("; "));
    }
}
