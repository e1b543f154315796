package id.gugus.common;

import id.gugus.error.ValidationException;
import java.time.LocalDate;
import java.util.Objects;

/** A closed range of dates, both ends included. */
public record Period(LocalDate start, LocalDate end) {
    public Period {
        Dates.inRange(Objects.requireNonNull(start, "start"), "period.start");
        Dates.inRange(Objects.requireNonNull(end, "end"), "period.end");
        if (end.isBefore(start)) {
            throw ValidationException.invalidValue(CommonRule.PERIOD_ORDER, "period", start, end);
        }
    }

    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end);
    }

    /** Whole calendar years, e.g. {@code years(2020, 2024)} is 1 Jan 2020 to 31 Dec 2024. */
    public static Period years(int first, int last) {
        return new Period(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean contains(Period other) {
        return contains(other.start) && contains(other.end);
    }

    public boolean overlaps(Period other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
