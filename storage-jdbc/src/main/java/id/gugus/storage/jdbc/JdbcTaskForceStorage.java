package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.TASK_FORCE;

import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.spi.TaskForceStorage;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
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

/**
 * Task forces in {@code task_force}: queried columns plus the aggregate as JSON. Column
 * {@code active_jurisdiction} holds the jurisdiction while the task force is active and NULL once
 * dissolved; its unique index makes "one active task force per jurisdiction" atomic.
 */
final class JdbcTaskForceStorage extends JdbcVersionedStorage<TaskForceId, TaskForce> implements TaskForceStorage {
    static final String ENTITY = "TaskForce";

    JdbcTaskForceStorage(Database db) {
        super(db, ENTITY, TASK_FORCE);
    }

    @Override
    public Optional<TaskForce> activeFor(JurisdictionCode jurisdiction) {
        return db.read(reading(jurisdiction), dsl -> fetchOne(dsl, TASK_FORCE.ACTIVE_JURISDICTION.eq(jurisdiction.value())));
    }

    @Override
    public List<TaskForce> inSubtree(JurisdictionCode code) {
        return db.read(reading(code), dsl -> select(dsl)
                .where(JdbcJurisdictionStorage.inSubtree(TASK_FORCE.JURISDICTION, code))
                .orderBy(TASK_FORCE.JURISDICTION, TASK_FORCE.ID)
                .fetch(JdbcTaskForceStorage::toTaskForce));
    }

    @Override
    protected Optional<TaskForce> fetchOne(DSLContext dsl, Condition key) {
        return select(dsl).where(key).fetchOptional(JdbcTaskForceStorage::toTaskForce);
    }

    @Override
    protected Map<Field<?>, Object> columns(TaskForce tf) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(TASK_FORCE.NAME, tf.name());
        columns.put(TASK_FORCE.TF_LEVEL, tf.level().name());
        columns.put(TASK_FORCE.JURISDICTION, tf.jurisdiction().value());
        columns.put(TASK_FORCE.STATUS, tf.status().name());
        columns.put(TASK_FORCE.ACTIVE_JURISDICTION, tf.status().isActive() ? tf.jurisdiction().value() : null);
        columns.put(TASK_FORCE.PARENT_ID, tf.parent() == null ? null : tf.parent().toString());
        columns.put(TASK_FORCE.UPDATED_AT, db.nowUtc());
        columns.put(TASK_FORCE.PAYLOAD, Payloads.write(tf));
        return columns;
    }

    @Override
    protected List<StorageOperation.UniqueKey> uniqueKeys(TaskForce tf) {
        return List.of(new StorageOperation.UniqueKey("uq_task_force_active", "an active task force for jurisdiction",
                tf.jurisdiction()));
    }

    private static SelectJoinStep<Record3<String, Long, String>> select(DSLContext dsl) {
        return dsl.select(TASK_FORCE.ID, TASK_FORCE.VERSION, TASK_FORCE.PAYLOAD).from(TASK_FORCE);
    }

    private static TaskForce toTaskForce(Record r) {
        String id = r.get(TASK_FORCE.ID);
        return Payloads.read(r.get(TASK_FORCE.PAYLOAD), TaskForce.class, id).withVersion(r.get(TASK_FORCE.VERSION));
    }
}
