package id.gugus.meeting;

/** A follow-up is open, done, or overdue (open past its due date) against the caller's clock. */
public enum FollowUpState {
    OPEN,
    DONE,
    OVERDUE
}
