package id.gugus.meeting;

import id.gugus.agency.AgencyId;
import id.gugus.common.Dates;
import id.gugus.common.Texts;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a decision of a meeting requires: a task, the agency assigned, a due date, and when it
 * was done.
 *
 * @param doneOn null while not done
 */
public record FollowUp(FollowUpId id, String task, AgencyId assignee, LocalDate due, LocalDate doneOn) {
    public FollowUp {
        Objects.requireNonNull(id, "id");
        Texts.required(task, "followUp.task", Texts.LONG);
        Objects.requireNonNull(assignee, "assignee");
        Dates.inRange(Objects.requireNonNull(due, "due"), "followUp.due");
        Dates.inRange(doneOn, "followUp.doneOn");
    }

    /** A new follow-up, not done, with a fresh id. */
    public static FollowUp assign(String task, AgencyId assignee, LocalDate due) {
        return new FollowUp(FollowUpId.random(), task, assignee, due, null);
    }

    /**
     * State on {@code today}, a date the caller supplies from its own clock: done if it was done
     * on or before that day; otherwise open up to and including the due date, overdue from the
     * day after. Asking about a past day gives the state as it was then.
     */
    public FollowUpState stateOn(LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (doneOn != null && !doneOn.isAfter(today)) {
            return FollowUpState.DONE;
        }
        return today.isAfter(due) ? FollowUpState.OVERDUE : FollowUpState.OPEN;
    }

    public FollowUp doneOn(LocalDate date) {
        return new FollowUp(id, task, assignee, due, Objects.requireNonNull(date, "date"));
    }
}
