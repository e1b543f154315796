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
import org.jooq.Field;
import org.jooq.Record;

/**
 * Task forces in {@code task_force}: queried columns plus the aggregate as JSON. Column
 * {@code active_jurisdiction} holds the jurisdiction while the task force is active and NULL once
 * dissolved; its unique index makes "one active task force per jurisdiction" atomic.
 */
final class JdbcTaskForceStorage implements TaskForceStorage {
    static final String ENTITY = "TaskForce";

    private final Database db;

    JdbcTaskForceStorage(Database db) {
        this.db = db;
    }

    @Override
    public Optional<TaskForce> find(TaskForceId id) {
        return db.read(Target.read(ENTITY, id), dsl -> dsl.select(TASK_FORCE.ID, TASK_FORCE.VERSION, TASK_FORCE.PAYLOAD)
                .from(TASK_FORCE)
                .where(TASK_FORCE.ID.eq(id.toString()))
                .fetchOptional(JdbcTaskForceStorage::toTaskForce));
    }

    @Override
    public void insert(TaskForce tf) {
        db.write(target("insert", tf, tf.version()), dsl -> dsl.insertInto(TASK_FORCE)
                .set(TASK_FORCE.ID, tf.id().toString())
                .set(TASK_FORCE.VERSION, tf.version())
                .set(columns(tf))
                .execute());
    }

    @Override
    public boolean update(TaskForce tf, long expectedVersion) {
        return db.write(target("update", tf, expectedVersion), dsl -> dsl.update(TASK_FORCE)
                .set(TASK_FORCE.VERSION, tf.version())
                .set(columns(tf))
                .where(TASK_FORCE.ID.eq(tf.id().toString()))
                .and(TASK_FORCE.VERSION.eq(expectedVersion))
                .execute()) == 1;
    }

    @Override
    public boolean delete(TaskForceId id, long expectedVersion) {
        return db.write(Target.of("delete", ENTITY, id, expectedVersion), dsl -> dsl.deleteFrom(TASK_FORCE)
                .where(TASK_FORCE.ID.eq(id.toString()))
                .and(TASK_FORCE.VERSION.eq(expectedVersion))
                .execute()) == 1;
    }

    @Override
    public Optional<TaskForce> activeFor(JurisdictionCode jurisdiction) {
        return db.read(Target.read(ENTITY, jurisdiction), dsl -> dsl.select(TASK_FORCE.ID, TASK_FORCE.VERSION, TASK_FORCE.PAYLOAD)
                .from(TASK_FORCE)
                .where(TASK_FORCE.ACTIVE_JURISDICTION.eq(jurisdiction.value()))
                .fetchOptional(JdbcTaskForceStorage::toTaskForce));
    }

    @Override
    public List<TaskForce> inSubtree(JurisdictionCode code) {
        return db.read(Target.read(ENTITY, code), dsl -> dsl.select(TASK_FORCE.ID, TASK_FORCE.VERSION, TASK_FORCE.PAYLOAD)
                .from(TASK_FORCE)
                .where(JdbcJurisdictionStorage.inSubtree(TASK_FORCE.JURISDICTION, code))
                .orderBy(TASK_FORCE.JURISDICTION, TASK_FORCE.ID)
                .fetch(JdbcTaskForceStorage::toTaskForce));
    }

    private Map<Field<?>, Object> columns(TaskForce tf) {
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

    private static TaskForce toTaskForce(Record r) {
        String id = r.get(TASK_FORCE.ID);
        return Payloads.read(r.get(TASK_FORCE.PAYLOAD), TaskForce.class, id).withVersion(r.get(TASK_FORCE.VERSION));
    }

    private static Target target(String operation, TaskForce tf, long version) {
        return Target.of(operation, ENTITY, tf.id(), version,
                new Target.UniqueKey("uq_task_force_active", "an active task force for jurisdiction", tf.jurisdiction()));
    }
}
