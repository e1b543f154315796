package id.gugus.cases;

/**
 * The check of e-mail addresses (rule {@code CASE-CONTACT-EMAIL}) by their shape, not by RFC 5322
 * in full (which allows comments and quoted spaces no one gives a case worker): one {@code @}, a
 * local part of 1 to 64 characters without spaces, and a domain of dot-separated labels of
 * letters, digits and inner hyphens, ending in a top-level label of letters; at most 254
 * characters in all (the limit of a forward path in SMTP).
 */
public final class EmailAddresses {
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;
    private static final int MAX_LABEL = 63;

    private EmailAddresses() {}

    /**
     * Whether the text has the shape of an e-mail address.
     *
     * @param text the address as written
     * @return whether it is one
     */
    public static boolean isValid(String text) {
        int at = text.indexOf('@');
        if (text.length() > MAX_LENGTH || at < 1 || at != text.lastIndexOf('@') || at > MAX_LOCAL) {
            return false;
        }
        String local = text.substring(0, at);
        if (!local.codePoints().allMatch(c -> c > ' ' && c != 0x7f && !Character.isWhitespace(c) && !Character.isISOControl(c))) {
            return false;
        }
        String[] labels = text.substring(at + 1).split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!isLabel(label)) {
                return false;
            }
        }
        String top = labels[labels.length - 1];
        return top.length() >= 2 && top.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }

    private static boolean isLabel(String label) {
        if (label.isEmpty() || label.length() > MAX_LABEL || label.startsWith("-") || label.endsWith("-")) {
            return false;
        }
        return label.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-');
    }
}
