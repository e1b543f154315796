package id.gugus.spi;

import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.MeetingId;
import id.gugus.meeting.PendingFollowUp;
import id.gugus.taskforce.TaskForceId;
import java.util.List;

/** Storage primitives for coordination meetings. */
public interface MeetingStorage extends AggregateStorage<MeetingId, CoordinationMeeting> {
    /** Meetings hosted by the task force, by date. */
    List<CoordinationMeeting> hostedBy(TaskForceId host);

    /** Every follow-up not yet done, with its meeting, by due date then id. */
    List<PendingFollowUp> undoneFollowUps();
}
