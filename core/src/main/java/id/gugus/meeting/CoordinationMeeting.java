package id.gugus.meeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.AgencyId;
import id.gugus.common.Texts;
import id.gugus.store.Aggregate;
import id.gugus.taskforce.TaskForceId;
import java.time.LocalDate;
import java.util.Objects;

/** A coordination meeting (rakor) hosted by a task force, and its decisions (DESIGN §7). */
public record CoordinationMeeting(
        MeetingId id,
        long version,
        String title,
        LocalDate date,
        String venue,
        TaskForceId host,
        ImmutableSet<AgencyId> participants,
        ImmutableList<Decision> decisions)
        implements Aggregate<MeetingId, CoordinationMeeting> {

    public CoordinationMeeting {
        Objects.requireNonNull(id, "id");
        Texts.required(title, "meeting.title", Texts.SHORT);
        Objects.requireNonNull(date, "date");
        Texts.required(venue, "meeting.venue", Texts.SHORT);
        Objects.requireNonNull(host, "host");
        participants = ImmutableSet.copyOf(Objects.requireNonNull(participants, "participants"));
        decisions = ImmutableList.copyOf(Objects.requireNonNull(decisions, "decisions"));
    }

    @Override
    public CoordinationMeeting withVersion(long version) {
        return new CoordinationMeeting(id, version, title, date, venue, host, participants, decisions);
    }
}
