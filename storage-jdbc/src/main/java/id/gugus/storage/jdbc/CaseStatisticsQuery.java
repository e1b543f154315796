package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.CASE;
import static id.gugus.storage.jdbc.Tables.CASE_CONTROL_METHOD;
import static id.gugus.storage.jdbc.Tables.CASE_EXPLOITATION;
import static id.gugus.storage.jdbc.Tables.CASE_LABOUR_SECTOR;
import static id.gugus.storage.jdbc.Tables.CASE_RECRUITER_RELATION;
import static id.gugus.storage.jdbc.Tables.CASE_VICTIM;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.Statistics;
import id.gugus.cases.StatisticsKey;
import id.gugus.cases.StatisticsTally;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/**
 * Case statistics as one GROUP BY query: only the groups come back to Java, never the rows. A
 * victim-level dimension joins {@code case_victim} (and {@code case_victim_exploitation} for
 * exploitation types, {@code case_victim_control_method}, {@code case_victim_labour_sector} or
 * {@code case_victim_recruiter_relation} for the set-valued HTCDS dimensions, each left-joined so
 * a victim without a value counts as unknown); cases are then
 * counted distinct and victims once per group. With case-level dimensions only, victims are the
 * sum of each case's victim count. Keys, counting and row order are those of {@link StatisticsTally}.
 */
final class CaseStatisticsQuery {
    private CaseStatisticsQuery() {}

    static Statistics run(DSLContext dsl, CaseQuery query, Dimension first, Dimension second) {
        List<Statistics.Row> rows = new ArrayList<>();
        for (Record r : select(dsl, query, first, second).fetch()) {
            rows.add(new Statistics.Row(key(first, r.get(0)), second == null ? null : key(second, r.get(1)),
                    r.get(2, Long.class), number(r.get(3))));
        }
        return StatisticsTally.sorted(new Statistics(first, second, ImmutableList.copyOf(rows)));
    }

    /**
     * The one statement: (first key, second key, cases, victims) per group. A subtree roll-up
     * reads {@code ix_trafficking_case_rollup} and the child tables' primary keys only.
     */
    static ResultQuery<Record> select(DSLContext dsl, CaseQuery query, Dimension first, Dimension second) {
        StatisticsTally.checkDimensions(first, second);
        boolean victimLevel = first.isVictimLevel() || (second != null && second.isVictimLevel());
        boolean exploitation = first == Dimension.EXPLOITATION_TYPE || second == Dimension.EXPLOITATION_TYPE;
        Field<?> firstKey = key(first);
        Field<?> secondKey = second == null ? DSL.inline((String) null) : key(second);
        Field<Integer> cases = victimLevel ? DSL.countDistinct(CASE.ID) : DSL.count();
        Field<?> victims = victimLevel ? DSL.count() : DSL.sum(CASE.VICTIM_COUNT);

        SelectJoinStep<Record> from = dsl.select(List.of(firstKey, secondKey, cases, victims)).from(CASE);
        if (victimLevel) {
            from = from.join(CASE_VICTIM).on(CASE_VICTIM.CASE_ID.eq(CASE.ID));
        }
        if (exploitation) {
            from = from.leftJoin(CASE_EXPLOITATION)
                    .on(CASE_EXPLOITATION.CASE_ID.eq(CASE_VICTIM.CASE_ID))
                    .and(CASE_EXPLOITATION.VICTIM_SEQ.eq(CASE_VICTIM.SEQ));
        }
        for (Dimension d : second == null ? List.of(first) : List.of(first, second)) {
            Tables.VictimValueTable values = valueTable(d);
            if (values != null) {
                from = from.leftJoin(values).on(values.CASE_ID.eq(CASE_VICTIM.CASE_ID))
                        .and(values.VICTIM_SEQ.eq(CASE_VICTIM.SEQ));
            }
        }
        List<Field<?>> groupBy = second == null ? List.of(firstKey) : List.of(firstKey, secondKey);
        return from.where(CaseQueries.where(query)).groupBy(groupBy);
    }

    private static Field<?> key(Dimension dimension) {
        return switch (dimension) {
            case PROVINCE -> CASE.REGISTERED_PROVINCE;
            case REGENCY -> CASE.REGISTERED_REGENCY;
            case ORIGIN_PROVINCE -> CASE_VICTIM.ORIGIN_PROVINCE;
            case ORIGIN_REGENCY -> CASE_VICTIM.ORIGIN_REGENCY;
            case SEX -> CASE_VICTIM.SEX;
            case AGE_BAND -> CASE_VICTIM.AGE_BAND;
            case CITIZENSHIP -> CASE_VICTIM.CITIZENSHIP;
            case EXPLOITATION_TYPE -> CASE_EXPLOITATION.EXPLOITATION_TYPE;
            case DESTINATION_COUNTRY -> CASE.DESTINATION_COUNTRY;
            case YEAR -> DSL.year(CASE.REPORTED_ON);
            case TRAFFICKING_STATUS -> CASE_VICTIM.TRAFFICKING_STATUS;
            case CONTROL_METHOD, LABOUR_SECTOR, RECRUITER_RELATION -> valueTable(dimension).VALUE;
        };
    }

    /** The child table of a set-valued victim dimension (migration V4); null for the others. */
    private static Tables.VictimValueTable valueTable(Dimension dimension) {
        return switch (dimension) {
            case CONTROL_METHOD -> CASE_CONTROL_METHOD;
            case LABOUR_SECTOR -> CASE_LABOUR_SECTOR;
            case RECRUITER_RELATION -> CASE_RECRUITER_RELATION;
            default -> null;
        };
    }

    /** A grouped column value as a typed key: NULL is the unknown key; CHAR columns come padded. */
    private static StatisticsKey key(Dimension dimension, Object grouped) {
        return grouped == null ? StatisticsKey.unknown(dimension)
                : StatisticsKey.parse(dimension, String.valueOf(grouped).trim());
    }

    private static long number(Object sum) {
        if (sum == null) {
            return 0;
        }
        return sum instanceof BigDecimal big ? big.longValueExact() : ((Number) sum).longValue();
    }
}
