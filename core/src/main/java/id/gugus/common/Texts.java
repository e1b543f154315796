package id.gugus.common;

import id.gugus.error.ValidationException;

/**
 * Checks for free text that the stores keep in bounded columns: present, not longer than the
 * column, no control characters (NUL and friends break some drivers and every log).
 */
public final class Texts {
    public static final int SHORT = 200;
    public static final int LONG = 2000;

    private Texts() {}

    public static String required(String value, String path, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ValidationException.invalidValue(CommonRule.TEXT_REQUIRED, path);
        }
        return optional(value, path, maxLength);
    }

    public static String optional(String value, String path, int maxLength) {
        if (value != null && (value.codePointCount(0, value.length()) > maxLength || hasControl(value))) {
            throw ValidationException.invalidValue(CommonRule.TEXT_FORMAT, path, maxLength);
        }
        return value;
    }

    /**
     * What an error message may echo of a value it refuses: at most 40 characters, control
     * characters as {@code ?}, so that a huge or binary input cannot flood a log line. Only for
     * values that are not personal data.
     */
    public static String printable(String raw) {
        String cut = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    private static boolean hasControl(String value) {
        return value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t');
    }
}
