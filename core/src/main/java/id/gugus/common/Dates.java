package id.gugus.common;

import id.gugus.error.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates the library keeps: {@link #EARLIEST} to {@link #LATEST}, four-digit years, what
 * every supported database stores exactly (MariaDB's DATE ends there; ISO text beyond it needs a
 * sign). Rule {@code DATE-RANGE} refuses a date or time stamp outside, so that no store holds
 * what another could not, and a query's date bounds outside are moved onto the range
 * ({@link #clamp}), where they select exactly the same stored values.
 */
public final class Dates {
    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final Instant FIRST_INSTANT = EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LAST_INSTANT = LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);

    private Dates() {}

    /** Whether {@code date} is null or in the range. */
    public static boolean isInRange(LocalDate date) {
        return date == null || !(date.isBefore(EARLIEST) || date.isAfter(LATEST));
    }

    /** {@code date} if it is null or in the range; a {@code DATE-RANGE} violation at {@code path} if not. */
    public static LocalDate inRange(LocalDate date, String path) {
        if (!isInRange(date)) {
            // No date in the message: a birth date is part of a NIK.
            throw ValidationException.invalidValue(CommonRule.DATE_RANGE, path, EARLIEST.toString(), LATEST.toString());
        }
        return date;
    }

    /** {@code at} if it is null or falls on a day of the range (UTC); a {@code DATE-RANGE} violation if not. */
    public static Instant inRange(Instant at, String path) {
        if (at != null && (at.isBefore(FIRST_INSTANT) || at.isAfter(LAST_INSTANT))) {
            throw ValidationException.invalidValue(CommonRule.DATE_RANGE, path, EARLIEST.toString(), LATEST.toString());
        }
        return at;
    }

    /** A query's bound moved onto the range: before it, {@link #EARLIEST}; after it, {@link #LATEST}; null stays null. */
    public static LocalDate clamp(LocalDate bound) {
        if (bound == null) {
            return null;
        }
        return bound.isBefore(EARLIEST) ? EARLIEST : bound.isAfter(LATEST) ? LATEST : bound;
    }

    /** {@link #clamp(LocalDate)} for a time stamp. */
    public static Instant clamp(Instant bound) {
        if (bound == null) {
            return null;
        }
        return bound.isBefore(FIRST_INSTANT) ? FIRST_INSTANT : bound.isAfter(LAST_INSTANT) ? LAST_INSTANT : bound;
    }
}
