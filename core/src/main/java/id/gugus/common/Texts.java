package id.gugus.common;

import id.gugus.error.ValidationException;

/**
 * Checks for free text that the stores keep in bounded columns: present, not longer than the
 * column, no control characters (NUL and friends break some drivers and every log), and
 * well-formed Unicode. An unpaired UTF-16 surrogate is not a character at all: PostgreSQL and
 * MariaDB would store it as {@code ?} and UTF-8 encoders replace it, so a text holding one could
 * not be kept exactly anywhere; it is refused instead.
 *
 * <p>{@link #echo} is how every message of the library shows a value it was given.
 */
public final class Texts {
    public static final int SHORT = 200;
    public static final int LONG = 2000;
    /** How many characters of a value a message shows at most. */
    public static final int ECHO = 40;
    /** How many characters of an identifier the caller named (a case number, up to 100) a refusal shows. */
    public static final int ECHO_ID = 100;

    // Reasons of TEXT-FORMAT: the choice index in the message bundles.
    private static final int TOO_LONG = 0;
    private static final int CONTROL = 1;
    private static final int UNPAIRED_SURROGATE = 2;

    private Texts() {}

    public static String required(String value, String path, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ValidationException.invalidValue(CommonRule.TEXT_REQUIRED, path);
        }
        return optional(value, path, maxLength);
    }

    public static String optional(String value, String path, int maxLength) {
        if (value != null) {
            int problem = problem(value, maxLength);
            if (problem >= 0) {
                throw ValidationException.invalidValue(CommonRule.TEXT_FORMAT, path, maxLength, problem);
            }
        }
        return value;
    }

    /** Whether every surrogate of {@code value} is half of a pair: the text is a sequence of real characters. */
    public static boolean isWellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A value as a message may show it: at most {@value #ECHO} characters (then {@code …}), on one
     * line, with every character that could break or disguise a log line or a message (controls,
     * line and paragraph separators, format characters such as bidi overrides, zero-width
     * characters and the BOM, unpaired surrogates, unassigned and private-use code points)
     * shown as {@code ?}. Never use it for personal data: personal data is not echoed at all.
     */
    public static String echo(String raw) {
        return echo(raw, ECHO);
    }

    /** {@link #echo(String)} showing up to {@code max} characters. */
    public static String echo(String raw, int max) {
        if (raw == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder(Math.min(raw.length(), max * 2) + 1);
        int count = 0;
        for (int i = 0; i < raw.length(); ) {
            if (count == max) {
                return shown.append('…').toString();
            }
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            shown.appendCodePoint(isSafeToShow(c) ? c : '?');
            count++;
        }
        return shown.toString();
    }

    private static boolean isSafeToShow(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    /** The first thing wrong with the text ({@link #TOO_LONG}, ...), or -1. One pass, whatever its length. */
    private static int problem(String value, int maxLength) {
        int characters = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return UNPAIRED_SURROGATE;
            } else if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                return CONTROL;
            }
            if (++characters > maxLength) {
                return TOO_LONG;
            }
        }
        return -1;
    }
}
