package id.gugus.cases;

import id.gugus.error.ValidationException;
import java.util.Objects;

/**
 * A national identity number (NIK): 16 digits {@code PPKKCC DDMMYY NNNN} — the district where it
 * was first issued, the birth date with 40 added to the day for women, and a serial (DESIGN
 * §4.3). The constructor checks only the shape; whether the district exists, the date is real
 * and the sex agrees is a business rule checked with the victim's record.
 *
 * <p>A NIK is personal data: {@link #toString()} never shows it, and no error message carries
 * it.
 */
public record Nik(String value) {
    public Nik {
        Objects.requireNonNull(value, "value");
        if (value.length() != 16 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ValidationException.invalidValue(CaseRule.NIK_FORMAT, "nik");
        }
    }

    public static Nik of(String value) {
        return new Nik(value);
    }

    /** The district of first issue, as a code such as {@code 61.71.01}. */
    public String districtCode() {
        return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6);
    }

    /** Day of birth as written: 1–31 for men, 41–71 for women. */
    public int dayField() {
        return Integer.parseInt(value.substring(6, 8));
    }

    public int month() {
        return Integer.parseInt(value.substring(8, 10));
    }

    /** Two-digit year of birth; the century is resolved against the recorded birth date or age. */
    public int twoDigitYear() {
        return Integer.parseInt(value.substring(10, 12));
    }

    public int serial() {
        return Integer.parseInt(value.substring(12, 16));
    }

    @Override
    public String toString() {
        return "Nik[redacted]";
    }
}
