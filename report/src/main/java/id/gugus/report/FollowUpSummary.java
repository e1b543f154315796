package id.gugus.report;

import com.google.common.collect.ImmutableList;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The follow-ups of the coordination meetings of the subtree's task forces, as of the report's
 * date: open (due later), overdue (past due, not done), and done within the period; the
 * overdue ones listed.
 */
public record FollowUpSummary(int open, int overdue, int doneInPeriod, ImmutableList<Overdue> overdueItems) {
    public FollowUpSummary {
        overdueItems = ImmutableList.copyOf(overdueItems);
    }

    /** An overdue task: the host's area, the task, who must do it, by when. */
    public record Overdue(JurisdictionCode host, String task, String assignee, LocalDate due) {
        public Overdue {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(assignee, "assignee");
            Objects.requireNonNull(due, "due");
        }
    }
}
