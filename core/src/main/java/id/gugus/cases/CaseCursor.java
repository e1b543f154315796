package id.gugus.cases;

import id.gugus.common.Dates;
import id.gugus.common.PageRequest;
import id.gugus.error.ValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

/**
 * The keyset position of a case in query order (reportedOn, id), written into page cursors.
 * Every store uses this one encoding, so a cursor means the same on all of them. It marks a
 * position, not a direction: in {@link CaseOrder#NEWEST_FIRST} the cases after it are those
 * before it in {@link CaseOrder#OLDEST_FIRST}.
 */
public record CaseCursor(LocalDate reportedOn, UUID id) {
    public CaseCursor {
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(id, "id");
    }

    public static CaseCursor of(TraffickingCase c) {
        return new CaseCursor(c.reportedOn(), c.id().value());
    }

    public String encode() {
        return reportedOn + "_" + id;
    }

    /**
     * The position a cursor of {@link #encode} names.
     *
     * @throws ValidationException {@code PAGE-CURSOR} for any other text; the message shows only its start
     */
    public static CaseCursor decode(String cursor) {
        int sep = cursor.indexOf('_');
        if (sep < 0 || cursor.length() > PageRequest.MAX_CURSOR_LENGTH) {
            throw PageRequest.notACursor(cursor);
        }
        try {
            LocalDate reportedOn = LocalDate.parse(cursor.substring(0, sep));
            if (!Dates.isInRange(reportedOn)) {
                throw PageRequest.notACursor(cursor); // no case is reported there, and no database can bind it
            }
            return new CaseCursor(reportedOn, UUID.fromString(cursor.substring(sep + 1)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // Without the cause: its message repeats the whole input.
            throw PageRequest.notACursor(cursor);
        }
    }

    /** True if {@code c} comes after this position in query order. */
    public boolean isBefore(TraffickingCase c) {
        int byDate = reportedOn.compareTo(c.reportedOn());
        return byDate < 0 || (byDate == 0 && id.toString().compareTo(c.id().value().toString()) < 0);
    }
}
