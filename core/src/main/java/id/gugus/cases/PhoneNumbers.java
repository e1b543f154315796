package id.gugus.cases;

import java.util.Optional;

/**
 * The loose check of phone numbers (rule {@code CASE-CONTACT-PHONE}): people write numbers with
 * spaces, hyphens, dots and parentheses, in international form ({@code +62 812-5555-0101}), with
 * Indonesia's country code but no plus ({@code 62812...}) or in national form with the trunk
 * prefix 0 ({@code 0812 5555 0101}). A number is accepted when it can be written in E.164: a plus,
 * a country code not starting with 0, at most 15 digits in all, and at least 7 (the shortest
 * real subscriber numbers). National numbers are taken as Indonesian, the only country whose
 * trunk prefix a Gugus record can assume.
 */
public final class PhoneNumbers {
    /** E.164's most digits, country code included. */
    static final int MAX_DIGITS = 15;
    /** Fewer digits than this is no reachable number anywhere. */
    static final int MIN_DIGITS = 7;

    private PhoneNumbers() {}

    /**
     * The number in E.164, if it is one.
     *
     * @param written the number as written
     * @return {@code +} and the digits, or empty if it is no phone number
     */
    public static Optional<String> e164(String written) {
        StringBuilder digits = new StringBuilder(written.length());
        boolean plus = false;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && !plus && digits.length() == 0 && written.substring(0, i).isBlank()) {
                plus = true;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return Optional.empty();
            }
        }
        String international;
        if (plus) {
            international = digits.toString();
        } else if (digits.length() > 1 && digits.charAt(0) == '0' && digits.charAt(1) != '0') {
            international = "62" + digits.substring(1); // national form: the trunk prefix stands for +62
        } else if (digits.length() > 2 && digits.charAt(0) == '6' && digits.charAt(1) == '2') {
            international = digits.toString();
        } else {
            return Optional.empty();
        }
        if (international.length() < MIN_DIGITS || international.length() > MAX_DIGITS || international.charAt(0) == '0') {
            return Optional.empty();
        }
        return Optional.of("+" + international);
    }
}
