package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.ACTION_PLAN;
import static id.gugus.storage.jdbc.Tables.PLAN_ACTIVITY;

import id.gugus.common.Period;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.ActionPlanId;
import id.gugus.plan.Activity;
import id.gugus.spi.ActionPlanStorage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep6;
import org.jooq.Record;

/**
 * Action plans in {@code action_plan} (queried columns plus the aggregate as JSON), with each
 * activity's cluster, responsible agency and budget in whole rupiah projected into
 * {@code plan_activity} for sums in SQL.
 */
final class JdbcActionPlanStorage implements ActionPlanStorage {
    static final String ENTITY = "ActionPlan";

    private final Database db;

    JdbcActionPlanStorage(Database db) {
        this.db = db;
    }

    @Override
    public Optional<ActionPlan> find(ActionPlanId id) {
        return db.read(Target.read(ENTITY, id), dsl -> dsl.select(ACTION_PLAN.ID, ACTION_PLAN.VERSION, ACTION_PLAN.PAYLOAD)
                .from(ACTION_PLAN)
                .where(ACTION_PLAN.ID.eq(id.toString()))
                .fetchOptional(JdbcActionPlanStorage::toPlan));
    }

    @Override
    public void insert(ActionPlan plan) {
        db.write(Target.of("insert", ENTITY, plan.id(), plan.version()), dsl -> {
            dsl.insertInto(ACTION_PLAN)
                    .set(ACTION_PLAN.ID, plan.id().toString())
                    .set(ACTION_PLAN.VERSION, plan.version())
                    .set(columns(plan))
                    .execute();
            insertActivities(dsl, plan);
            return null;
        });
    }

    @Override
    public boolean update(ActionPlan plan, long expectedVersion) {
        return db.write(Target.of("update", ENTITY, plan.id(), expectedVersion), dsl -> {
            int updated = dsl.update(ACTION_PLAN)
                    .set(ACTION_PLAN.VERSION, plan.version())
                    .set(columns(plan))
                    .where(ACTION_PLAN.ID.eq(plan.id().toString()))
                    .and(ACTION_PLAN.VERSION.eq(expectedVersion))
                    .execute();
            if (updated == 1) {
                dsl.deleteFrom(PLAN_ACTIVITY).where(PLAN_ACTIVITY.PLAN_ID.eq(plan.id().toString())).execute();
                insertActivities(dsl, plan);
            }
            return updated == 1;
        });
    }

    @Override
    public boolean delete(ActionPlanId id, long expectedVersion) {
        // One statement: the activity rows go with it (ON DELETE CASCADE).
        return db.write(Target.of("delete", ENTITY, id, expectedVersion), dsl -> dsl.deleteFrom(ACTION_PLAN)
                .where(ACTION_PLAN.ID.eq(id.toString()))
                .and(ACTION_PLAN.VERSION.eq(expectedVersion))
                .execute()) == 1;
    }

    @Override
    public List<ActionPlan> forJurisdiction(JurisdictionCode jurisdiction, Period period) {
        return db.read(Target.read(ENTITY, jurisdiction), dsl -> dsl.select(ACTION_PLAN.ID, ACTION_PLAN.VERSION, ACTION_PLAN.PAYLOAD)
                .from(ACTION_PLAN)
                .where(ACTION_PLAN.JURISDICTION.eq(jurisdiction.value()))
                .and(ACTION_PLAN.PERIOD_START.le(period.end()))
                .and(ACTION_PLAN.PERIOD_END.ge(period.start()))
                .orderBy(ACTION_PLAN.PERIOD_START, ACTION_PLAN.ID)
                .fetch(JdbcActionPlanStorage::toPlan));
    }

    private Map<Field<?>, Object> columns(ActionPlan plan) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(ACTION_PLAN.TITLE, plan.title());
        columns.put(ACTION_PLAN.JURISDICTION, plan.jurisdiction().value());
        columns.put(ACTION_PLAN.PARENT_ID, plan.parent() == null ? null : plan.parent().toString());
        columns.put(ACTION_PLAN.PERIOD_START, plan.period().start());
        columns.put(ACTION_PLAN.PERIOD_END, plan.period().end());
        columns.put(ACTION_PLAN.STATUS, plan.status().name());
        columns.put(ACTION_PLAN.UPDATED_AT, db.nowUtc());
        columns.put(ACTION_PLAN.PAYLOAD, Payloads.write(plan));
        return columns;
    }

    private static void insertActivities(DSLContext dsl, ActionPlan plan) {
        if (plan.activities().isEmpty()) {
            return;
        }
        InsertValuesStep6<Record, String, Integer, String, String, String, Long> insert = dsl.insertInto(PLAN_ACTIVITY,
                PLAN_ACTIVITY.PLAN_ID, PLAN_ACTIVITY.SEQ, PLAN_ACTIVITY.CLUSTER, PLAN_ACTIVITY.RESPONSIBLE,
                PLAN_ACTIVITY.FUNDING_SOURCE, PLAN_ACTIVITY.BUDGET_RUPIAH);
        for (int i = 0; i < plan.activities().size(); i++) {
            Activity a = plan.activities().get(i);
            insert = insert.values(plan.id().toString(), i, a.cluster().name(), a.responsible().toString(),
                    a.budget().source().name(), a.budget().amount().amount());
        }
        insert.execute();
    }

    private static ActionPlan toPlan(Record r) {
        return Payloads.read(r.get(ACTION_PLAN.PAYLOAD), ActionPlan.class, r.get(ACTION_PLAN.ID))
                .withVersion(r.get(ACTION_PLAN.VERSION));
    }
}
