package id.gugus.storage.memory;

import com.google.common.collect.ImmutableList;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.Decision;
import id.gugus.meeting.FollowUp;
import id.gugus.meeting.MeetingId;
import id.gugus.meeting.PendingFollowUp;
import id.gugus.spi.MeetingStorage;
import id.gugus.taskforce.TaskForceId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/** Meetings, indexed by host, and the follow-ups not yet done kept in (due date, id) order. */
final class MemoryMeetingStorage extends MemoryVersionedStorage<MeetingId, CoordinationMeeting> implements MeetingStorage {
    private static final Comparator<CoordinationMeeting> BY_DATE_THEN_ID =
            Comparator.comparing(CoordinationMeeting::date).thenComparing(m -> m.id().toString());

    private final Map<TaskForceId, Set<MeetingId>> byHost = new HashMap<>();
    private final NavigableMap<UndoneKey, PendingFollowUp> undone = new TreeMap<>();

    MemoryMeetingStorage(Transactions tx) {
        super(tx, "Meeting");
    }

    @Override
    public List<CoordinationMeeting> hostedBy(TaskForceId host) {
        return tx.read(() -> byHost.getOrDefault(host, Set.of()).stream().map(this::row)
                .sorted(BY_DATE_THEN_ID)
                .collect(ImmutableList.toImmutableList()));
    }

    @Override
    public List<PendingFollowUp> undoneFollowUps() {
        return tx.read(() -> ImmutableList.copyOf(undone.values()));
    }

    @Override
    protected void checkUnique(CoordinationMeeting candidate) {
        // Meetings have no unique key besides their id.
    }

    @Override
    protected void index(CoordinationMeeting row) {
        byHost.computeIfAbsent(row.host(), h -> new HashSet<>()).add(row.id());
        for (Decision decision : row.decisions()) {
            FollowUp followUp = decision.followUp();
            if (followUp != null && followUp.doneOn() == null) {
                undone.put(UndoneKey.of(row, followUp), new PendingFollowUp(row.id(), row.host(), followUp));
            }
        }
    }

    @Override
    protected void unindex(CoordinationMeeting row) {
        Set<MeetingId> hosted = byHost.get(row.host());
        if (hosted != null && hosted.remove(row.id()) && hosted.isEmpty()) {
            byHost.remove(row.host());
        }
        for (Decision decision : row.decisions()) {
            if (decision.followUp() != null) {
                undone.remove(UndoneKey.of(row, decision.followUp()));
            }
        }
    }

    /** Due date, then follow-up id as text; the meeting id only keeps keys of different meetings apart. */
    private record UndoneKey(LocalDate due, String followUp, String meeting) implements Comparable<UndoneKey> {
        static UndoneKey of(CoordinationMeeting meeting, FollowUp followUp) {
            return new UndoneKey(followUp.due(), followUp.id().toString(), meeting.id().toString());
        }

        @Override
        public int compareTo(UndoneKey o) {
            return Comparator.comparing(UndoneKey::due).thenComparing(UndoneKey::followUp)
                    .thenComparing(UndoneKey::meeting).compare(this, o);
        }
    }
}
