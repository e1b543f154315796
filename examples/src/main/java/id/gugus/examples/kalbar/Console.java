package id.gugus.examples.kalbar;

import id.gugus.error.ValidationException;
import id.gugus.store.Saved;
import id.gugus.validation.RuleMessages;
import id.gugus.validation.Violation;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the scenario writes: numbered steps, indented lines, and the library's messages in
 * Indonesian. Only codes, counts, offices and dates go through here, never a victim's or
 * suspect's name or NIK.
 */
final class Console {
    private final PrintStream out;
    private int step;

    Console(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    void title(String text) {
        out.println(text);
        out.println("=".repeat(text.length()));
    }

    void step(String title) {
        step++;
        out.println();
        out.println(step + ". " + title);
    }

    void line(String format, Object... args) {
        out.println("   " + String.format(Locale.ROOT, format, args));
    }

    void blank() {
        out.println();
    }

    /** Every violation of a refusal, one per line: {@code [RULE-ID] path: pesan}. */
    void violations(ValidationException refused) {
        for (Violation v : refused.violations()) {
            violation(v);
        }
    }

    /**
     * What the store warned about when it saved a record, one warning per line: a save never
     * fails for a warning, so the warnings it returns are the only place the caller learns them.
     */
    void warnings(Saved<?> saved) {
        if (saved.hasWarnings()) {
            line("the store saved it with %d warning(s):", saved.warnings().size());
            saved.warnings().forEach(this::violation);
        }
    }

    void violation(Violation v) {
        line("  %s", v.format(RuleMessages.INDONESIAN));
    }

    /** 1234567890 as {@code 1.234.567.890}, the Indonesian way of writing rupiah. */
    static String rupiah(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }
}
