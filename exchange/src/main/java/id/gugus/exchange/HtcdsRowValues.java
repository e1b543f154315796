package id.gugus.exchange;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import id.gugus.common.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the values of one row into Gugus values, the inverse of {@link HtcdsField}'s export: each
 * value that Gugus cannot hold becomes a problem naming the row, the column and what the column
 * takes, and reads as absent. A value is shown in the message only if its column holds codes.
 */
final class HtcdsRowValues {
    static final Splitter SEPARATED = Splitter.on(HtcdsField.SEPARATOR).trimResults().omitEmptyStrings();
    /**
     * Free texts, read as written (spaces kept) and never shown: the personal ones, and those of the
     * case, which are not personal data by the model, yet a case worker may write a name in them.
     */
    static final ImmutableSet<HtcdsField> FREE_TEXT = ImmutableSet.of(HtcdsField.FIRST_NAME,
            HtcdsField.MOBILE_PHONE, HtcdsField.HOME_PHONE, HtcdsField.EMAIL, HtcdsField.MAILING_STREET, HtcdsField.REASON_FOR_CASE_CLOSURE, HtcdsField.CASE_OWNER);
    /** How a value that is not shown appears in a message. */
    static final String HIDDEN = "***";

    private final HtcdsFile file;
    private final HtcdsFile.Row row;
    private final List<ImportProblem> problems;
    private boolean failed;

    HtcdsRowValues(HtcdsFile file, HtcdsFile.Row row, List<ImportProblem> problems) {
        this.file = file;
        this.row = row;
        this.problems = problems;
    }

    long row() {
        return row.number();
    }

    /** Whether a value of this row was refused (so the row builds no victim). */
    boolean failed() {
        return failed;
    }

    String raw(HtcdsField field) {
        return row.raw(field);
    }

    boolean present(HtcdsField field) {
        return !row.raw(field).isBlank();
    }

    /** The value read by {@code parser}; null if empty or refused ({@code expected}: what the column takes). */
    <T> T parse(HtcdsField field, String expected, Function<String, T> parser) {
        String raw = row.raw(field);
        if (raw.isBlank()) {
            return null;
        }
        try {
            T value = parser.apply(FREE_TEXT.contains(field) ? raw : raw.strip());
            if (value == null) {
                throw new IllegalArgumentException("not a value of " + field);
            }
            return value;
        } catch (RuntimeException e) {
            // The exception's message may hold the value: only the rule's own message is reported.
            refuse(field, expected);
            return null;
        }
    }

    /** {@link #parse}, or {@code fallback} when empty; a problem when both are absent (and the value was not refused). */
    <T> T required(HtcdsField field, T fallback, String expected, Function<String, T> parser) {
        if (!present(field)) {
            if (fallback == null) {
                failed = true;
                // A column absent from the header is reported once for the file, not again in every row.
                if (!file.isReportedMissing(field)) {
                    problems.add(ImportProblem.of(HtcdsImportRule.REQUIRED, row.number(), field.header(), row.number(),
                            field.header()));
                }
            }
            return fallback;
        }
        return parse(field, expected, parser);
    }

    <E extends Enum<E>> E one(HtcdsField field, Class<E> type) {
        return parse(field, names(type), s -> Enum.valueOf(type, s));
    }

    /** The values of a field that holds several, joined with {@link HtcdsField#SEPARATOR}; empty if none. */
    <T> ImmutableSet<T> several(HtcdsField field, String expected, Function<String, T> parser) {
        ImmutableSet<T> values = parse(field, expected + ", separated by " + HtcdsField.SEPARATOR,
                s -> SEPARATED.splitToStream(s).map(parser).collect(ImmutableSet.toImmutableSet()));
        return values == null ? ImmutableSet.of() : values;
    }

    <E extends Enum<E>> ImmutableSet<E> several(HtcdsField field, Class<E> type) {
        return several(field, names(type), s -> Enum.valueOf(type, s));
    }

    /** A free text, as written; {@code check} is the model's own check of its length and form. */
    String text(HtcdsField field, Function<String, String> check) {
        return parse(field, "a text the model accepts (length, no control characters)", check);
    }

    /** Reports {@code field}'s value as one Gugus cannot hold. */
    void refuse(HtcdsField field, String expected) {
        failed = true;
        String value = showable(field, row.raw(field));
        problems.add(ImportProblem.of(HtcdsImportRule.VALUE, row.number(), field.header(), row.number(),
                field.header(), value == null ? HIDDEN : "\"" + Texts.echo(value) + "\"", expected).showing(value));
    }

    /**
     * The value of {@code field} that a problem may show (stripped; the problem echoes it: cut short,
     * control characters replaced), or null: a personal value (NIK, birth date) or a free text never.
     */
    static String showable(HtcdsField field, String raw) {
        return field.personal() || FREE_TEXT.contains(field) ? null : raw.strip();
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
