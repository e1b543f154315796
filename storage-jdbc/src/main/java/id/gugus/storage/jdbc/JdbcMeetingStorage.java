package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.FOLLOW_UP;
import static id.gugus.storage.jdbc.Tables.MEETING;

import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.Decision;
import id.gugus.meeting.FollowUp;
import id.gugus.meeting.MeetingId;
import id.gugus.meeting.PendingFollowUp;
import id.gugus.spi.MeetingStorage;
import id.gugus.taskforce.TaskForceId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/**
 * Coordination meetings in {@code coordination_meeting} (queried columns plus the aggregate as
 * JSON), with each decision's follow-up projected into {@code meeting_follow_up} so that the
 * undone ones are found by an indexed query instead of reading every meeting.
 */
final class JdbcMeetingStorage extends JdbcVersionedStorage<MeetingId, CoordinationMeeting> implements MeetingStorage {
    static final String ENTITY = "Meeting";

    private static final Comparator<PendingFollowUp> BY_DUE_THEN_ID = Comparator
            .comparing((PendingFollowUp p) -> p.followUp().due())
            .thenComparing(p -> p.followUp().id().toString());

    JdbcMeetingStorage(Database db) {
        super(db, ENTITY, MEETING);
    }

    @Override
    public List<CoordinationMeeting> hostedBy(TaskForceId host) {
        return db.read(reading(host), dsl -> select(dsl)
                .where(MEETING.HOST_ID.eq(host.toString()))
                .orderBy(MEETING.MEETING_DATE, MEETING.ID)
                .fetch(JdbcMeetingStorage::toMeeting));
    }

    @Override
    public List<PendingFollowUp> undoneFollowUps() {
        List<CoordinationMeeting> meetings = db.read(reading(null), dsl -> select(dsl)
                .where(MEETING.ID.in(DSL.selectDistinct(FOLLOW_UP.MEETING_ID).from(FOLLOW_UP).where(FOLLOW_UP.DONE_ON.isNull())))
                .fetch(JdbcMeetingStorage::toMeeting));
        return meetings.stream()
                .flatMap(m -> m.decisions().stream()
                        .map(Decision::followUp)
                        .filter(f -> f != null && f.doneOn() == null)
                        .map(f -> new PendingFollowUp(m.id(), m.host(), f)))
                .sorted(BY_DUE_THEN_ID)
                .toList();
    }

    @Override
    protected Optional<CoordinationMeeting> fetchOne(DSLContext dsl, Condition key) {
        return select(dsl).where(key).fetchOptional(JdbcMeetingStorage::toMeeting);
    }

    @Override
    protected Map<Field<?>, Object> columns(CoordinationMeeting meeting) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(MEETING.TITLE, meeting.title());
        columns.put(MEETING.MEETING_DATE, meeting.date());
        columns.put(MEETING.HOST_ID, meeting.host().toString());
        columns.put(MEETING.UPDATED_AT, db.nowUtc());
        columns.put(MEETING.PAYLOAD, Payloads.write(meeting));
        return columns;
    }

    @Override
    protected void insertChildren(DSLContext dsl, List<CoordinationMeeting> meetings) {
        RowBatch followUps = new RowBatch(FOLLOW_UP, FOLLOW_UP.MEETING_ID, FOLLOW_UP.SEQ, FOLLOW_UP.FOLLOW_UP_ID,
                FOLLOW_UP.ASSIGNEE, FOLLOW_UP.DUE_ON, FOLLOW_UP.DONE_ON);
        for (CoordinationMeeting meeting : meetings) {
            for (int i = 0; i < meeting.decisions().size(); i++) {
                FollowUp f = meeting.decisions().get(i).followUp();
                if (f != null) {
                    followUps.add(meeting.id().toString(), i, f.id().toString(), f.assignee().toString(), f.due(),
                            f.doneOn());
                }
            }
        }
        followUps.insert(dsl);
    }

    @Override
    protected void deleteChildren(DSLContext dsl, String id) {
        dsl.deleteFrom(FOLLOW_UP).where(FOLLOW_UP.MEETING_ID.eq(id)).execute();
    }

    private static SelectJoinStep<Record3<String, Long, String>> select(DSLContext dsl) {
        return dsl.select(MEETING.ID, MEETING.VERSION, MEETING.PAYLOAD).from(MEETING);
    }

    private static CoordinationMeeting toMeeting(Record r) {
        return Payloads.read(r.get(MEETING.PAYLOAD), CoordinationMeeting.class, r.get(MEETING.ID))
                .withVersion(r.get(MEETING.VERSION));
    }
}
