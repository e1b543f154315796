package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.CASE;
import static id.gugus.storage.jdbc.Tables.CASE_EXPLOITATION;
import static id.gugus.storage.jdbc.Tables.PERSONAL_DATA;

import id.gugus.cases.CaseCursor;
import id.gugus.cases.CaseOrder;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The SQL of case reads: a {@link CaseQuery} as a WHERE clause on indexed columns (the subtree
 * as a range on {@code registered_in}, never a recursive walk), keyset pages in (reported_on, id)
 * order, ascending or, for {@link CaseOrder#NEWEST_FIRST}, descending: both columns in the same
 * direction, so the one index on them is read forwards or backwards. Each read is one statement that brings the cases together with their personal data, so
 * that it sees one snapshot even under READ COMMITTED: never a case of one version with the
 * personal data of another.
 */
final class CaseQueries {
    private static final String ROW_KIND = "row_kind";
    /** The case's columns of a read row, before its people's: id, version, personal count, personal version, payload. */
    private static final List<Field<?>> CASE_COLUMNS =
            List.of(CASE.ID, CASE.VERSION, CASE.PERSONAL_COUNT, CASE.PERSONAL_VERSION, CASE.PAYLOAD);

    private CaseQueries() {}

    /** The filter with {@link CaseQuery#matches} as its meaning. */
    static Condition where(CaseQuery query) {
        return where(query, query.within() == null ? null : JdbcJurisdictionStorage.inSubtree(CASE.REGISTERED_IN, query.within()));
    }

    /**
     * {@link #where}, with a province's or a regency's subtree written as an equality on the
     * column that holds every case's province or regency ({@link CaseRows#caseColumns}): the same
     * cases, but an index that leads with that column (V6) hands a page its cases already in
     * report order, so the page reads only its own rows. A range on {@code registered_in} finds
     * the same cases out of that order: the database then reads and sorts the whole subtree for
     * each page, hundreds of milliseconds for a province at 1,000,000 cases (issue #11). Counts
     * and statistics keep the range, which their index-only plans (V3) read.
     */
    static Condition pageWhere(CaseQuery query) {
        PageIndex index = PageIndex.of(query);
        return index == null ? where(query) : where(query, index.column.eq(query.within().value()));
    }

    /**
     * The case table a page reads. On MariaDB a province's or regency's page names its V6 index:
     * MariaDB 10.11 otherwise reads that index by the equality alone ("ref") when the page is newest
     * first from a cursor, from the subtree's newest case back to the cursor (10,000 index entries
     * for a page in the middle of 20,000 cases, MariaDbKeysetTest), where the named index gives it
     * a range on the province or regency and the report date, some 100 entries.
     */
    private static Table<?> pageSource(DSLContext dsl, CaseQuery query) {
        SQLDialect family = dsl.dialect().family();
        PageIndex index = PageIndex.of(query);
        boolean mariaDb = family == SQLDialect.MARIADB || family == SQLDialect.MYSQL;
        return mariaDb && index != null ? CASE.forceIndex(index.name) : CASE;
    }

    /** The V6 index that hands a province's or a regency's cases to a page in report order, and the column it leads with. */
    private enum PageIndex {
        PROVINCE(CASE.REGISTERED_PROVINCE, "ix_trafficking_case_province_page"),
        REGENCY(CASE.REGISTERED_REGENCY, "ix_trafficking_case_regency_page");

        final Field<String> column;
        final String name;

        PageIndex(Field<String> column, String name) {
            this.column = column;
            this.name = name;
        }

        /** The index for the query's subtree, or null (no subtree, the nation, a district or a village: the range). */
        static PageIndex of(CaseQuery query) {
            JurisdictionCode within = query.within();
            if (within == null) {
                return null;
            }
            return switch (within.level()) {
                case PROVINCE -> PROVINCE;
                case REGENCY -> REGENCY;
                default -> null;
            };
        }
    }

    private static Condition where(CaseQuery query, Condition subtree) {
        List<Condition> all = new ArrayList<>();
        if (subtree != null) {
            all.add(subtree);
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

    /**
     * Up to {@code limit} matching cases after the cursor (null: from the start), in the query's
     * order, each with its personal-data rows (one result row per person, or one with nulls).
     */
    static ResultQuery<Record> page(DSLContext dsl, CaseQuery query, CaseCursor after, int limit) {
        Table<?> cases = pageOf(dsl, query, after, limit, withReportDate()).asTable("c");
        return withPersonalData(dsl, cases, query.order() == CaseOrder.NEWEST_FIRST, cases.field(CASE.REPORTED_ON));
    }

    /**
     * The same page as {@link #page}, the case rows alone (id, version, payload), for a read that
     * hands out no personal data: one statement on the case table and its index, no join.
     */
    static ResultQuery<Record> pageWithoutPersonalData(DSLContext dsl, CaseQuery query, CaseCursor after, int limit) {
        return pageOf(dsl, query, after, limit, List.of(CASE.ID, CASE.VERSION, CASE.PAYLOAD));
    }

    /** The columns of up to {@code limit} matching cases after the cursor, in the query's order. */
    private static Select<Record> pageOf(DSLContext dsl, CaseQuery query, CaseCursor after, int limit,
            List<Field<?>> columns) {
        boolean newestFirst = query.order() == CaseOrder.NEWEST_FIRST;
        Condition condition = pageWhere(query);
        if (after != null) {
            condition = condition.and(past(after, newestFirst));
        }
        return dsl.select(columns)
                .from(pageSource(dsl, query))
                .where(condition)
                .orderBy(newestFirst ? List.of(CASE.REPORTED_ON.desc(), CASE.ID.desc())
                        : List.of(CASE.REPORTED_ON.asc(), CASE.ID.asc()))
                .limit(limit);
    }

    /**
     * The cases strictly past the cursor in the page order: {@code (reported_on, id) > (d, x)}, or
     * {@code <} newest first, written out as {@code reported_on >= d AND (reported_on > d OR id > x)}.
     * The row-value form means the same, but MariaDB 10.11 does not turn it into an index range:
     * a page from the middle of 50,000 cases read some 25,000 index entries instead of about 80.
     */
    private static Condition past(CaseCursor after, boolean newestFirst) {
        String id = after.id().toString();
        return newestFirst
                ? CASE.REPORTED_ON.le(after.reportedOn()).and(CASE.REPORTED_ON.lt(after.reportedOn()).or(CASE.ID.lt(id)))
                : CASE.REPORTED_ON.ge(after.reportedOn()).and(CASE.REPORTED_ON.gt(after.reportedOn()).or(CASE.ID.gt(id)));
    }

    /** The case's columns of a read row, and its report date to sort the rows by. */
    private static List<Field<?>> withReportDate() {
        List<Field<?>> columns = new ArrayList<>(CASE_COLUMNS);
        columns.add(CASE.REPORTED_ON);
        return columns;
    }

    /** Every case matching {@code condition}, in (reported_on, id) order, with their personal-data rows. */
    static ResultQuery<Record> inReportOrder(DSLContext dsl, Condition condition) {
        Table<?> cases = dsl.select(withReportDate())
                .from(CASE)
                .where(condition)
                .asTable("c");
        return withPersonalData(dsl, cases, false, cases.field(CASE.REPORTED_ON));
    }

    /** The cases matching {@code condition} (a key: at most one), with their personal-data rows. */
    static ResultQuery<Record> byKey(DSLContext dsl, Condition condition) {
        Table<?> cases = dsl.select(CASE_COLUMNS).from(CASE).where(condition).asTable("c");
        return withPersonalData(dsl, cases, false);
    }

    /**
     * One statement, so one snapshot: a row per case (with its payload), then a row per person of
     * that case (personal data, no payload), in the order of {@code sortFirst}, then id, both
     * descending if {@code descending}. A join would repeat the payload once per person, and a
     * case may have hundreds of suspects.
     */
    private static ResultQuery<Record> withPersonalData(DSLContext dsl, Table<?> cases, boolean descending,
            Field<?>... sortFirst) {
        Field<String> id = cases.field(CASE.ID);
        List<Field<?>> fields = new ArrayList<>();
        for (Field<?> column : CASE_COLUMNS) {
            fields.add(cases.field(column));
        }
        fields.addAll(List.of(PERSONAL_DATA.OWNER_ROLE, PERSONAL_DATA.SEQ, PERSONAL_DATA.CASE_VERSION, PERSONAL_DATA.NAME, PERSONAL_DATA.NIK,
                PERSONAL_DATA.CONTACT, PERSONAL_DATA.ADDRESS, PERSONAL_DATA.DETAILS, PERSONAL_DATA.SEALED, PERSONAL_DATA.KEY_ID));
        List<Field<?>> caseRow = new ArrayList<>(List.of(sortFirst));
        List<Field<?>> personRow = new ArrayList<>(List.of(sortFirst));
        caseRow.add(DSL.inline(0).as(DSL.unquotedName(ROW_KIND)));
        personRow.add(DSL.inline(1).as(DSL.unquotedName(ROW_KIND)));
        for (Field<?> field : fields) {
            boolean personal = fields.indexOf(field) >= CASE_COLUMNS.size();
            caseRow.add(personal ? DSL.inline(null, field.getDataType()).as(DSL.unquotedName(field.getName())) : field);
            personRow.add(field == cases.field(CASE.PAYLOAD) ? DSL.inline(null, field.getDataType()).as(DSL.unquotedName(field.getName())) : field);
        }
        List<SortField<?>> order = new ArrayList<>();
        for (Field<?> field : sortFirst) {
            order.add(direction(DSL.field(DSL.unquotedName(field.getName())), descending));
        }
        order.add(direction(DSL.field(DSL.unquotedName(CASE.ID.getName())), descending));
        // The case's own row before its people's, in either order.
        order.add(DSL.field(DSL.unquotedName(ROW_KIND)).asc());
        return dsl.select(caseRow).from(cases)
                .unionAll(dsl.select(personRow).from(cases).join(PERSONAL_DATA).on(PERSONAL_DATA.CASE_ID.eq(id)))
                .orderBy(order);
    }

    private static SortField<?> direction(Field<?> field, boolean descending) {
        return descending ? field.desc() : field.asc();
    }

    static long count(DSLContext dsl, CaseQuery query) {
        return dsl.fetchCount(CASE, where(query));
    }
}
