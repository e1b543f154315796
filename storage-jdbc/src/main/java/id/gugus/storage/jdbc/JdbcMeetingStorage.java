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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep6;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Coordination meetings in {@code coordination_meeting} (queried columns plus the aggregate as
 * JSON), with each decision's follow-up projected into {@code meeting_follow_up} so that the
 * undone ones are found by an indexed query instead of reading every meeting.
 */
final class JdbcMeetingStorage implements MeetingStorage {
    static final String ENTITY = "Meeting";

    private static final Comparator<PendingFollowUp> BY_DUE_THEN_ID = Comparator
            .comparing((PendingFollowUp p) -> p.followUp().due())
            .thenComparing(p -> p.followUp().id().toString());

    private final Database db;

    JdbcMeetingStorage(Database db) {
        this.db = db;
    }

    @Override
    public Optional<CoordinationMeeting> find(MeetingId id) {
        return db.read(Target.read(ENTITY, id), dsl -> dsl.select(MEETING.ID, MEETING.VERSION, MEETING.PAYLOAD)
                .from(MEETING)
                .where(MEETING.ID.eq(id.toString()))
                .fetchOptional(JdbcMeetingStorage::toMeeting));
    }

    @Override
    public void insert(CoordinationMeeting meeting) {
        db.write(Target.of("insert", ENTITY, meeting.id(), meeting.version()), dsl -> {
            dsl.insertInto(MEETING)
                    .set(MEETING.ID, meeting.id().toString())
                    .set(MEETING.VERSION, meeting.version())
                    .set(columns(meeting))
                    .execute();
            insertFollowUps(dsl, meeting);
            return null;
        });
    }

    @Override
    public boolean update(CoordinationMeeting meeting, long expectedVersion) {
        return db.write(Target.of("update", ENTITY, meeting.id(), expectedVersion), dsl -> {
            int updated = dsl.update(MEETING)
                    .set(MEETING.VERSION, meeting.version())
                    .set(columns(meeting))
                    .where(MEETING.ID.eq(meeting.id().toString()))
                    .and(MEETING.VERSION.eq(expectedVersion))
                    .execute();
            if (updated == 1) {
                dsl.deleteFrom(FOLLOW_UP).where(FOLLOW_UP.MEETING_ID.eq(meeting.id().toString())).execute();
                insertFollowUps(dsl, meeting);
            }
            return updated == 1;
        });
    }

    @Override
    public boolean delete(MeetingId id, long expectedVersion) {
        // One statement: the follow-up rows go with it (ON DELETE CASCADE).
        return db.write(Target.of("delete", ENTITY, id, expectedVersion), dsl -> dsl.deleteFrom(MEETING)
                .where(MEETING.ID.eq(id.toString()))
                .and(MEETING.VERSION.eq(expectedVersion))
                .execute()) == 1;
    }

    @Override
    public List<CoordinationMeeting> hostedBy(TaskForceId host) {
        return db.read(Target.read(ENTITY, host), dsl -> dsl.select(MEETING.ID, MEETING.VERSION, MEETING.PAYLOAD)
                .from(MEETING)
                .where(MEETING.HOST_ID.eq(host.toString()))
                .orderBy(MEETING.MEETING_DATE, MEETING.ID)
                .fetch(JdbcMeetingStorage::toMeeting));
    }

    @Override
    public List<PendingFollowUp> undoneFollowUps() {
        List<CoordinationMeeting> meetings = db.read(Target.read(ENTITY, null), dsl -> dsl
                .select(MEETING.ID, MEETING.VERSION, MEETING.PAYLOAD)
                .from(MEETING)
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

    private Map<Field<?>, Object> columns(CoordinationMeeting meeting) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(MEETING.TITLE, meeting.title());
        columns.put(MEETING.MEETING_DATE, meeting.date());
        columns.put(MEETING.HOST_ID, meeting.host().toString());
        columns.put(MEETING.UPDATED_AT, db.nowUtc());
        columns.put(MEETING.PAYLOAD, Payloads.write(meeting));
        return columns;
    }

    private static void insertFollowUps(DSLContext dsl, CoordinationMeeting meeting) {
        InsertValuesStep6<Record, String, Integer, String, String, java.time.LocalDate, java.time.LocalDate> insert =
                dsl.insertInto(FOLLOW_UP, FOLLOW_UP.MEETING_ID, FOLLOW_UP.SEQ, FOLLOW_UP.FOLLOW_UP_ID, FOLLOW_UP.ASSIGNEE,
                        FOLLOW_UP.DUE_ON, FOLLOW_UP.DONE_ON);
        int rows = 0;
        for (int i = 0; i < meeting.decisions().size(); i++) {
            FollowUp f = meeting.decisions().get(i).followUp();
            if (f != null) {
                insert = insert.values(meeting.id().toString(), i, f.id().toString(), f.assignee().toString(), f.due(),
                        f.doneOn());
                rows++;
            }
        }
        if (rows > 0) {
            insert.execute();
        }
    }

    private static CoordinationMeeting toMeeting(Record r) {
        return Payloads.read(r.get(MEETING.PAYLOAD), CoordinationMeeting.class, r.get(MEETING.ID))
                .withVersion(r.get(MEETING.VERSION));
    }
}
