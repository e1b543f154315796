package id.gugus.meeting;

import java.util.Objects;

/** A follow-up with the meeting and host it came from, as listed in open and overdue views. */
public record PendingFollowUp(MeetingId meeting, id.gugus.taskforce.TaskForceId host, FollowUp followUp) {
    public PendingFollowUp {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(followUp, "followUp");
    }
}
