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
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.SelectJoinStep;

/**
 * Action plans in {@code action_plan} (queried columns plus the aggregate as JSON), with each
 * activity's cluster, responsible agency and budget in whole rupiah projected into
 * {@code plan_activity} for sums in SQL.
 */
final class JdbcActionPlanStorage extends JdbcVersionedStorage<ActionPlanId, ActionPlan> implements ActionPlanStorage {
    static final String ENTITY = "ActionPlan";

    JdbcActionPlanStorage(Database db) {
        super(db, ENTITY, ACTION_PLAN);
    }

    @Override
    public List<ActionPlan> forJurisdiction(JurisdictionCode jurisdiction, Period period) {
        return db.read(reading(jurisdiction), dsl -> select(dsl)
                .where(ACTION_PLAN.JURISDICTION.eq(jurisdiction.value()))
                .and(ACTION_PLAN.PERIOD_START.le(period.end()))
                .and(ACTION_PLAN.PERIOD_END.ge(period.start()))
                .orderBy(ACTION_PLAN.PERIOD_START, ACTION_PLAN.ID)
                .fetch(JdbcActionPlanStorage::toPlan));
    }

    @Override
    protected Optional<ActionPlan> fetchOne(DSLContext dsl, Condition key) {
        return select(dsl).where(key).fetchOptional(JdbcActionPlanStorage::toPlan);
    }

    @Override
    protected Map<Field<?>, Object> columns(ActionPlan plan) {
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

    @Override
    protected void insertChildren(DSLContext dsl, List<ActionPlan> plans) {
        RowBatch activities = new RowBatch(PLAN_ACTIVITY, PLAN_ACTIVITY.PLAN_ID, PLAN_ACTIVITY.SEQ, PLAN_ACTIVITY.CLUSTER,
                PLAN_ACTIVITY.RESPONSIBLE, PLAN_ACTIVITY.FUNDING_SOURCE, PLAN_ACTIVITY.BUDGET_RUPIAH);
        for (ActionPlan plan : plans) {
            for (int i = 0; i < plan.activities().size(); i++) {
                Activity a = plan.activities().get(i);
                activities.add(plan.id().toString(), i, a.cluster().name(), a.responsible().toString(),
                        a.budget().source().name(), a.budget().amount().amount());
            }
        }
        activities.insert(dsl);
    }

    @Override
    protected void deleteChildren(DSLContext dsl, String id) {
        dsl.deleteFrom(PLAN_ACTIVITY).where(PLAN_ACTIVITY.PLAN_ID.eq(id)).execute();
    }

    private static SelectJoinStep<Record3<String, Long, String>> select(DSLContext dsl) {
        return dsl.select(ACTION_PLAN.ID, ACTION_PLAN.VERSION, ACTION_PLAN.PAYLOAD).from(ACTION_PLAN);
    }

    private static ActionPlan toPlan(Record r) {
        return Payloads.read(r.get(ACTION_PLAN.PAYLOAD), ActionPlan.class, r.get(ACTION_PLAN.ID))
                .withVersion(r.get(ACTION_PLAN.VERSION));
    }
}
