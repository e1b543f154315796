package id.gugus.storage.jdbc;

import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.BOOLEAN;
import static org.jooq.impl.SQLDataType.CHAR;
import static org.jooq.impl.SQLDataType.CLOB;
import static org.jooq.impl.SQLDataType.INTEGER;
import static org.jooq.impl.SQLDataType.LOCALDATE;
import static org.jooq.impl.SQLDataType.LOCALDATETIME;
import static org.jooq.impl.SQLDataType.VARCHAR;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * The tables of the migrations under {@code db/gugus/*} as jOOQ sees them, one small class per
 * table. Kept by hand (seventeen tables) and checked against every database by a test, rather than
 * generated: the three dialects' DDL differ in collation and types that a DDL parser would have to
 * simulate.
 */
final class Tables {
    // Column types shared by several tables; declared before the tables, which use them.
    static final DataType<String> UUID = CHAR(36).nullable(false);
    static final DataType<String> CODE = VARCHAR(13);
    static final DataType<String> PAYLOAD = CLOB.nullable(false);
    static final DataType<LocalDateTime> UTC_TIMESTAMP = JavaTimeBinding.TIMESTAMP.on(LOCALDATETIME(6)).nullable(false);
    static final DataType<LocalDate> DATE = JavaTimeBinding.DATE.on(LOCALDATE);
    /**
     * Free text, declared without a length: jOOQ casts bind values to the declared type on H2,
     * and H2 would cut a value at that many UTF-16 units. The limits, in characters, are in
     * {@link #FREE_TEXT} and are enforced by the domain types (see {@code Texts}).
     */
    static final DataType<String> FREE_TEXT_TYPE = VARCHAR;

    static final JurisdictionTable JURISDICTION = new JurisdictionTable();
    static final AgencyTable AGENCY = new AgencyTable();
    static final TaskForceTable TASK_FORCE = new TaskForceTable();
    static final CaseTable CASE = new CaseTable();
    static final CaseVictimTable CASE_VICTIM = new CaseVictimTable();
    static final CaseExploitationTable CASE_EXPLOITATION = new CaseExploitationTable();
    static final CaseRestitutionTable CASE_RESTITUTION = new CaseRestitutionTable();
    static final VictimValueTable CASE_CONTROL_METHOD = new VictimValueTable("case_victim_control_method", "control_method");
    static final VictimValueTable CASE_LABOUR_SECTOR = new VictimValueTable("case_victim_labour_sector", "labour_sector");
    static final VictimValueTable CASE_RECRUITER_RELATION =
            new VictimValueTable("case_victim_recruiter_relation", "recruiter_relation");
    static final PersonalDataTable PERSONAL_DATA = new PersonalDataTable();
    static final ActionPlanTable ACTION_PLAN = new ActionPlanTable();
    static final PlanActivityTable PLAN_ACTIVITY = new PlanActivityTable();
    static final MeetingTable MEETING = new MeetingTable();
    static final FollowUpTable FOLLOW_UP = new FollowUpTable();
    static final VictimIdentityTable VICTIM_IDENTITY = new VictimIdentityTable();
    static final AuditEntryTable AUDIT_ENTRY = new AuditEntryTable();

    static final List<GugusTable> ALL = List.of(JURISDICTION, AGENCY, TASK_FORCE, CASE, CASE_VICTIM, CASE_EXPLOITATION,
            CASE_RESTITUTION, CASE_CONTROL_METHOD, CASE_LABOUR_SECTOR, CASE_RECRUITER_RELATION, PERSONAL_DATA, ACTION_PLAN,
            PLAN_ACTIVITY, MEETING, FOLLOW_UP, VICTIM_IDENTITY, AUDIT_ENTRY);

    /**
     * Columns of free text and their length in characters (code points), as the domain limits
     * them. H2 counts VARCHAR lengths in UTF-16 units, so its migration makes these twice as long.
     */
    static final Map<Field<?>, Integer> FREE_TEXT = Map.ofEntries(Map.entry(JURISDICTION.NAME, 200),
            Map.entry(AGENCY.NAME, 200), Map.entry(TASK_FORCE.NAME, 200), Map.entry(CASE.CASE_NUMBER, 100),
            Map.entry(PERSONAL_DATA.NAME, 200), Map.entry(PERSONAL_DATA.CONTACT, 200), Map.entry(PERSONAL_DATA.ADDRESS, 2000),
            Map.entry(ACTION_PLAN.TITLE, 200), Map.entry(MEETING.TITLE, 200), Map.entry(AUDIT_ENTRY.ACTOR_ID, 200),
            Map.entry(AUDIT_ENTRY.AGGREGATE_TYPE, 40), Map.entry(AUDIT_ENTRY.AGGREGATE_ID, 200));

    private Tables() {}

    static final class JurisdictionTable extends GugusTable {
        final TableField<Record, String> CODE = column("code", Tables.CODE.nullable(false));
        final TableField<Record, String> PARENT_CODE = column("parent_code", Tables.CODE.nullable(true));
        final TableField<Record, String> AREA_LEVEL = column("area_level", VARCHAR(10).nullable(false));
        final TableField<Record, String> NAME = column("name", FREE_TEXT_TYPE.nullable(false));

        JurisdictionTable() {
            super("jurisdiction");
        }

        @Override
        List<TableField<Record, ?>> key() {
            return List.of(CODE);
        }
    }

    /**
     * The table of one versioned aggregate type: its id (the primary key) and version come first,
     * then the columns its queries need, and usually the whole aggregate as JSON in
     * {@code payload}. {@link JdbcVersionedStorage} writes its rows.
     */
    abstract static class VersionedTable extends GugusTable {
        final TableField<Record, String> ID = column("id", UUID);
        final TableField<Record, Long> VERSION = column("version", BIGINT.nullable(false));

        VersionedTable(String name) {
            super(name);
        }

        @Override
        final List<TableField<Record, ?>> key() {
            return List.of(ID);
        }
    }

    static final class AgencyTable extends VersionedTable {
        final TableField<Record, String> NAME = column("name", FREE_TEXT_TYPE.nullable(false));
        final TableField<Record, String> AGENCY_TYPE = column("agency_type", VARCHAR(40).nullable(false));
        final TableField<Record, String> JURISDICTION = column("jurisdiction", CODE.nullable(false));
        final TableField<Record, LocalDateTime> UPDATED_AT = column("updated_at", UTC_TIMESTAMP);

        AgencyTable() {
            super("agency");
        }
    }

    static final class TaskForceTable extends VersionedTable {
        final TableField<Record, String> NAME = column("name", FREE_TEXT_TYPE.nullable(false));
        final TableField<Record, String> TF_LEVEL = column("tf_level", VARCHAR(10).nullable(false));
        final TableField<Record, String> JURISDICTION = column("jurisdiction", CODE.nullable(false));
        final TableField<Record, String> STATUS = column("status", VARCHAR(20).nullable(false));
        final TableField<Record, String> ACTIVE_JURISDICTION = column("active_jurisdiction", CODE.nullable(true));
        final TableField<Record, String> PARENT_ID = column("parent_id", CHAR(36).nullable(true));
        final TableField<Record, LocalDateTime> UPDATED_AT = column("updated_at", UTC_TIMESTAMP);
        final TableField<Record, String> PAYLOAD = column("payload", Tables.PAYLOAD);

        TaskForceTable() {
            super("task_force");
        }
    }

    static final class CaseTable extends VersionedTable {
        final TableField<Record, String> CASE_NUMBER = column("case_number", FREE_TEXT_TYPE.nullable(false));
        final TableField<Record, String> REGISTERED_IN = column("registered_in", CODE.nullable(false));
        final TableField<Record, String> REGISTERED_PROVINCE = column("registered_province", CODE.nullable(true));
        final TableField<Record, String> REGISTERED_REGENCY = column("registered_regency", CODE.nullable(true));
        final TableField<Record, LocalDate> REPORTED_ON = column("reported_on", DATE.nullable(false));
        final TableField<Record, String> STATUS = column("status", VARCHAR(20).nullable(false));
        final TableField<Record, String> DESTINATION_COUNTRY = column("destination_country", CHAR(3).nullable(true));
        final TableField<Record, Boolean> HAS_CHILD_VICTIM = column("has_child_victim", BOOLEAN.nullable(false));
        final TableField<Record, Integer> VICTIM_COUNT = column("victim_count", INTEGER.nullable(false));
        final TableField<Record, Integer> PERSONAL_COUNT = column("personal_count", INTEGER.nullable(false));
        final TableField<Record, LocalDateTime> UPDATED_AT = column("updated_at", UTC_TIMESTAMP);
        final TableField<Record, String> PAYLOAD = column("payload", Tables.PAYLOAD);
        /** The version whose save last wrote the case's personal-data rows (V7): their case_version. */
        final TableField<Record, Long> PERSONAL_VERSION = column("personal_version", BIGINT.nullable(false));

        CaseTable() {
            super("trafficking_case");
        }
    }

    static final class CaseVictimTable extends GugusTable {
        final TableField<Record, String> CASE_ID = column("case_id", UUID);
        final TableField<Record, Integer> SEQ = column("seq", INTEGER.nullable(false));
        final TableField<Record, String> VICTIM_ID = column("victim_id", UUID);
        final TableField<Record, String> SEX = column("sex", VARCHAR(6).nullable(false));
        final TableField<Record, String> AGE_BAND = column("age_band", VARCHAR(12).nullable(true));
        final TableField<Record, String> CITIZENSHIP = column("citizenship", CHAR(3).nullable(false));
        final TableField<Record, String> ORIGIN_PROVINCE = column("origin_province", CODE.nullable(true));
        final TableField<Record, String> ORIGIN_REGENCY = column("origin_regency", CODE.nullable(true));
        final TableField<Record, Boolean> CHILD = column("child", BOOLEAN.nullable(false));
        /** Migration V4: the victim's {@code TraffickingStatus}, null if no determination is recorded. */
        final TableField<Record, String> TRAFFICKING_STATUS = column("trafficking_status", VARCHAR(20).nullable(true));

        CaseVictimTable() {
            super("case_victim");
        }

        @Override
        List<TableField<Record, ?>> key() {
            return List.of(CASE_ID, SEQ);
        }
    }

    static final class CaseExploitationTable extends GugusTable {
        final TableField<Record, String> CASE_ID = column("case_id", UUID);
        final TableField<Record, Integer> VICTIM_SEQ = column("victim_seq", INTEGER.nullable(false));
        final TableField<Record, String> VICTIM_ID = column("victim_id", UUID);
        final TableField<Record, String> EXPLOITATION_TYPE = column("exploitation_type", VARCHAR(40).nullable(false));

        CaseExploitationTable() {
            super("case_victim_exploitation");
        }

        @Override
        List<TableField<Record, ?>> key() {
            return List.of(CASE_ID, VICTIM_SEQ, EXPLOITATION_TYPE);
        }
    }

    /**
     * Migration V4: one row per value of a set-valued victim field that statistics group by
     * (control methods, labour sectors, recruiter relations), as {@code case_victim_exploitation}
     * holds the purposes. The tables differ only in name and in the name of their value column.
     */
    static final class VictimValueTable extends GugusTable {
        final TableField<Record, String> CASE_ID = column("case_id", UUID);
        final TableField<Record, Integer> VICTIM_SEQ = column("victim_seq", INTEGER.nullable(false));
        final TableField<Record, String> VICTIM_ID = column("victim_id", UUID);
        final TableField<Record, String> VALUE;

        VictimValueTable(String name, String valueColumn) {
            super(name);
            VALUE = column(valueColumn, VARCHAR(40).nullable(false));
        }

        @Override
        List<TableField<Record, ?>> key() {
            return List.of(CASE_ID, VICTIM_SEQ, VALUE);
        }
    }

    static final class CaseRestitutionTable extends GugusTable {
        final TableField<Record, String> CASE_ID = column("case_id", UUID);
        final TableField<Record, Integer> VICTIM_SEQ = column("victim_seq", INTEGER.nullable(false));
        final TableField<Record, Integer> SEQ = column("seq", INTEGER.nullable(false));
        final TableField<Record, String> VICTIM_ID = column("victim_id", UUID);
        final TableField<Record, String> HEAD = column("head", VARCHAR(40).nullable(false));
        final TableField<Record, String> STATE = column("state", VARCHAR(20).nullable(false));
        final TableField<Record, Long> CLAIMED_RUPIAH = column("claimed_rupiah", BIGINT.nullable(false));
        final TableField<Record, Long> ORDERED_RUPIAH = column("ordered_rupiah", BIGINT.nullable(true));

        CaseRestitutionTable() {
            super("case_restitution");
        }

        @Override
        List<TableField<Record, ?>> key() {
            return List.of(CASE_ID, VICTIM_SEQ, SEQ);
        }
    }

    static final class PersonalDataTable extends GugusTable {
        final TableField<Record, String> CASE_ID = column("case_id", UUID);
        final TableField<Record, String> OWNER_ROLE = column("owner_role", VARCHAR(10).nullable(false));
        final TableField<Record, Integer> SEQ = column("seq", INTEGER.nullable(false));
        final TableField<Record, String> OWNER_ID = column("owner_id", UUID);
        final TableField<Record, Long> CASE_VERSION = column("case_version", BIGINT.nullable(false));
        final TableField<Record, String> NAME = column("name", FREE_TEXT_TYPE.nullable(true));
        final TableField<Record, String> NIK = column("nik", CHAR(16).nullable(true));
        final TableField<Record, String> CONTACT = column("contact", FREE_TEXT_TYPE.nullable(true));
        final TableField<Record, String> ADDRESS = column("address", FREE_TEXT_TYPE.nullable(true));
        /**
         * The whole structured personal data as JSON (V5), in a row kept in plain text; null in a
         * sealed row and in a plain row written before V5, which the four columns above hold.
         */
        final TableField<Record, String> DETAILS = column("details", CLOB.nullable(true));
        /** The personal data, sealed under personal-data keys; null in a row kept in plain text. */
        final TableField<Record, String> SEALED = column("sealed", CLOB.nullable(true));
        /** The id of the keys that sealed the row; null in a row kept in plain text. */
        final TableField<Record, String> KEY_ID = column("key_id", VARCHAR(40).nullable(true));

        PersonalDataTable() {
            super("personal_data");
        }

        @Override
        List<TableField<Record, ?>> key() {
            return List.of(CASE_ID, OWNER_ROLE, SEQ);
        }
    }

    static final class ActionPlanTable extends VersionedTable {
        final TableField<Record, String> TITLE = column("title", FREE_TEXT_TYPE.nullable(false));
        final TableField<Record, String> JURISDICTION = column("jurisdiction", CODE.nullable(false));
        final TableField<Record, String> PARENT_ID = column("parent_id", CHAR(36).nullable(true));
        final TableField<Record, LocalDate> PERIOD_START = column("period_start", DATE.nullable(false));
        final TableField<Record, LocalDate> PERIOD_END = column("period_end", DATE.nullable(false));
        final TableField<Record, String> STATUS = column("status", VARCHAR(20).nullable(false));
        final TableField<Record, LocalDateTime> UPDATED_AT = column("updated_at", UTC_TIMESTAMP);
        final TableField<Record, String> PAYLOAD = column("payload", Tables.PAYLOAD);

        ActionPlanTable() {
            super("action_plan");
        }
    }

    static final class PlanActivityTable extends GugusTable {
        final TableField<Record, String> PLAN_ID = column("plan_id", UUID);
        final TableField<Record, Integer> SEQ = column("seq", INTEGER.nullable(false));
        final TableField<Record, String> CLUSTER = column("cluster", VARCHAR(40).nullable(false));
        final TableField<Record, String> RESPONSIBLE = column("responsible", UUID);
        final TableField<Record, String> FUNDING_SOURCE = column("funding_source", VARCHAR(10).nullable(false));
        final TableField<Record, Long> BUDGET_RUPIAH = column("budget_rupiah", BIGINT.nullable(false));

        PlanActivityTable() {
            super("plan_activity");
        }

        @Override
        List<TableField<Record, ?>> key() {
            return List.of(PLAN_ID, SEQ);
        }
    }

    static final class MeetingTable extends VersionedTable {
        final TableField<Record, String> TITLE = column("title", FREE_TEXT_TYPE.nullable(false));
        final TableField<Record, LocalDate> MEETING_DATE = column("meeting_date", DATE.nullable(false));
        final TableField<Record, String> HOST_ID = column("host_id", UUID);
        final TableField<Record, LocalDateTime> UPDATED_AT = column("updated_at", UTC_TIMESTAMP);
        final TableField<Record, String> PAYLOAD = column("payload", Tables.PAYLOAD);

        MeetingTable() {
            super("coordination_meeting");
        }
    }

    static final class FollowUpTable extends GugusTable {
        final TableField<Record, String> MEETING_ID = column("meeting_id", UUID);
        final TableField<Record, Integer> SEQ = column("seq", INTEGER.nullable(false));
        final TableField<Record, String> FOLLOW_UP_ID = column("follow_up_id", UUID);
        final TableField<Record, String> ASSIGNEE = column("assignee", UUID);
        final TableField<Record, LocalDate> DUE_ON = column("due_on", DATE.nullable(false));
        final TableField<Record, LocalDate> DONE_ON = column("done_on", DATE.nullable(true));

        FollowUpTable() {
            super("meeting_follow_up");
        }

        @Override
        List<TableField<Record, ?>> key() {
            return List.of(MEETING_ID, SEQ);
        }
    }

    static final class VictimIdentityTable extends GugusTable {
        final TableField<Record, String> CASE_ID = column("case_id", UUID);
        final TableField<Record, Integer> VICTIM_SEQ = column("victim_seq", INTEGER.nullable(false));
        final TableField<Record, String> REASON = column("reason", VARCHAR(30).nullable(false));
        final TableField<Record, String> VICTIM_ID = column("victim_id", UUID);
        final TableField<Record, String> KEY_HASH = column("key_hash", CHAR(64).nullable(false));
        /** The key of the HMAC; null for a plain SHA-256. */
        final TableField<Record, String> HASH_KEY_ID = column("hash_key_id", VARCHAR(40).nullable(true));
        /** The number of the key among the victim's keys of one reason (V5): 0 but for a second identity document. */
        final TableField<Record, Integer> KEY_SEQ = column("key_seq", INTEGER.nullable(false));

        VictimIdentityTable() {
            super("victim_identity");
        }

        @Override
        List<TableField<Record, ?>> key() {
            return List.of(CASE_ID, VICTIM_SEQ, REASON, KEY_SEQ);
        }
    }

    static final class AuditEntryTable extends GugusTable {
        /** Assigned by the database (identity, auto-increment): the order of appending. */
        final TableField<Record, Long> SEQUENCE_NO = column("sequence_no", BIGINT.nullable(false).identity(true));
        final TableField<Record, LocalDateTime> OCCURRED_AT = column("occurred_at", UTC_TIMESTAMP);
        final TableField<Record, Integer> OCCURRED_NANO = column("occurred_nano", INTEGER.nullable(false));
        final TableField<Record, String> ACTOR_ID = column("actor_id", FREE_TEXT_TYPE.nullable(false));
        final TableField<Record, String> ACTION = column("action", VARCHAR(20).nullable(false));
        final TableField<Record, String> AGGREGATE_TYPE = column("aggregate_type", FREE_TEXT_TYPE.nullable(false));
        final TableField<Record, String> AGGREGATE_ID = column("aggregate_id", FREE_TEXT_TYPE.nullable(true));
        final TableField<Record, Long> AGGREGATE_VERSION = column("aggregate_version", BIGINT.nullable(false));
        final TableField<Record, String> JURISDICTION = column("jurisdiction", CODE.nullable(false));
        final TableField<Record, String> OUTCOME = column("outcome", VARCHAR(10).nullable(false));
        final TableField<Record, String> ACCESS_RULE = column("access_rule", VARCHAR(40).nullable(true));

        AuditEntryTable() {
            super("audit_entry");
        }

        @Override
        List<TableField<Record, ?>> key() {
            return List.of(SEQUENCE_NO);
        }
    }
}
