package id.gugus.validation;

/**
 * A rule of the catalogue (docs/validation.md). Each package lists its rules in an enum implementing
 * this interface; messages live in that package's resource bundle (see {@link #bundle()}),
 * keyed by the rule id, one file for Indonesian ({@code _id}) and one for English ({@code _en}),
 * with {@link java.text.MessageFormat} arguments.
 */
public interface Rule {
    /** Stable identifier such as {@code TF-DAILY-CHAIR}; never renamed once published. */
    String id();

    Severity severity();

    /** Resource bundle base name holding the messages of this rule. */
    String bundle();
}
