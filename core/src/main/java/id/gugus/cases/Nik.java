package id.gugus.cases;

import com.google.common.collect.ImmutableList;
import id.gugus.error.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A national identity number (NIK): 16 digits {@code PPKKCC DDMMYY NNNN} — the district where it
 * was first issued, the birth date with 40 added to the day for women, and a serial
 * (docs/nik.md). The constructor checks only the shape; whether the district exists, the date is real
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

    /** The sex the day field encodes: 01–31 a man, 41–71 a woman; empty for any other day field. */
    public Optional<Sex> sex() {
        int day = dayField();
        if (day >= 1 && day <= 31) {
            return Optional.of(Sex.MALE);
        }
        if (day >= 41 && day <= 71) {
            return Optional.of(Sex.FEMALE);
        }
        return Optional.empty();
    }

    /**
     * The birth dates this NIK can stand for: the written date in the 1900s and in the 2000s,
     * each kept only if it is a real calendar date (29 February of {@code 00} is real in 2000,
     * not in 1900). Oldest first; empty if the date is not real in either century. Which one is
     * meant can only be told from the person's recorded birth date or age, never guessed.
     */
    public ImmutableList<LocalDate> possibleBirthDates() {
        Optional<Sex> sex = sex();
        if (sex.isEmpty()) {
            return ImmutableList.of();
        }
        int day = sex.get() == Sex.FEMALE ? dayField() - 40 : dayField();
        ImmutableList.Builder<LocalDate> dates = ImmutableList.builder();
        for (int century : new int[] {1900, 2000}) {
            try {
                dates.add(LocalDate.of(century + twoDigitYear(), month(), day));
            } catch (DateTimeException notARealDate) {
                // not a date in this century; the other one may still be
            }
        }
        return dates.build();
    }

    @Override
    public String toString() {
        return "Nik[redacted]";
    }
}
