package id.gugus.spi;

import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.MeetingId;
import id.gugus.meeting.PendingFollowUp;
import id.gugus.taskforce.TaskForceId;
import java.util.List;

/** A {@link MeetingStorage} that passes every call to {@link #delegate()}; see {@link ForwardingStorageBackend}. */
public abstract class ForwardingMeetingStorage extends ForwardingAggregateStorage<MeetingId, CoordinationMeeting>
        implements MeetingStorage {
    protected ForwardingMeetingStorage() {}

    @Override
    protected abstract MeetingStorage delegate();

    @Override
    public List<CoordinationMeeting> hostedBy(TaskForceId host) {
        return delegate().hostedBy(host);
    }

    @Override
    public List<PendingFollowUp> undoneFollowUps() {
        return delegate().undoneFollowUps();
    }
}
