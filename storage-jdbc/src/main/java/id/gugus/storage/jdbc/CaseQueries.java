package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.CASE;
import static id.gugus.storage.jdbc.Tables.CASE_EXPLOITATION;

import id.gugus.cases.CaseCursor;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * The SQL of case queries: a {@link CaseQuery} as a WHERE clause on indexed columns (the subtree
 * as a range on {@code registered_in}, never a recursive walk), and keyset pages in
 * (reported_on, id) order.
 */
final class CaseQueries {
    private CaseQueries() {}

    /** The filter with {@link CaseQuery#matches} as its meaning. */
    static Condition where(CaseQuery query) {
        List<Condition> all = new ArrayList<>();
        if (query.within() != null) {
            all.add(JdbcJurisdictionStorage.inSubtree(CASE.REGISTERED_IN, query.within()));
        }
        if (!query.statuses().isEmpty()) {
            all.add(CASE.STATUS.in(query.statuses().stream().map(CaseStatus::name).toList()));
        }
        if (query.exploitationType() != null) {
            all.add(DSL.exists(DSL.selectOne()
                    .from(CASE_EXPLOITATION)
                    .where(CASE_EXPLOITATION.CASE_ID.eq(CASE.ID))
                    .and(CASE_EXPLOITATION.EXPLOITATION_TYPE.eq(query.exploitationType().name()))));
        }
        if (query.destination() != null) {
            all.add(CASE.DESTINATION_COUNTRY.eq(query.destination().value()));
        }
        if (query.reportedFrom() != null) {
            all.add(CASE.REPORTED_ON.ge(query.reportedFrom()));
        }
        if (query.reportedTo() != null) {
            all.add(CASE.REPORTED_ON.le(query.reportedTo()));
        }
        if (query.hasChildVictim() != null) {
            all.add(CASE.HAS_CHILD_VICTIM.eq(query.hasChildVictim()));
        }
        return DSL.and(all);
    }

    /** Up to {@code limit} matching cases after the cursor (null: from the start): id, version, payload. */
    static Result<Record3<String, Long, String>> page(DSLContext dsl, CaseQuery query, CaseCursor after, int limit) {
        Condition condition = where(query);
        if (after != null) {
            condition = condition.and(DSL.row(CASE.REPORTED_ON, CASE.ID).gt(after.reportedOn(), after.id().toString()));
        }
        return dsl.select(CASE.ID, CASE.VERSION, CASE.PAYLOAD)
                .from(CASE)
                .where(condition)
                .orderBy(CASE.REPORTED_ON, CASE.ID)
                .limit(limit)
                .fetch();
    }

    static long count(DSLContext dsl, CaseQuery query) {
        return dsl.fetchCount(CASE, where(query));
    }
}
