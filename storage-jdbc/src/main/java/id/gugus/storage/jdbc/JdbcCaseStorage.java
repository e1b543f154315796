package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.CASE;
import static id.gugus.storage.jdbc.Tables.PERSONAL_DATA;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.CaseCursor;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStorage;
import id.gugus.cases.Dimension;
import id.gugus.cases.Statistics;
import id.gugus.cases.TraffickingCase;
import id.gugus.store.Page;
import id.gugus.store.PageRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record3;

/**
 * Cases in {@code trafficking_case} and its child tables (see {@link CaseRows}). The case number
 * is unique by constraint, so two concurrent registrations of one number cannot both succeed.
 */
final class JdbcCaseStorage implements CaseStorage {
    static final String ENTITY = "Case";

    private final Database db;

    JdbcCaseStorage(Database db) {
        this.db = db;
    }

    @Override
    public Optional<TraffickingCase> find(CaseId id) {
        return db.read(Target.read(ENTITY, id), dsl -> load(dsl, CASE.ID.eq(id.toString())).stream().findFirst());
    }

    @Override
    public Optional<TraffickingCase> findByNumber(CaseNumber number) {
        return db.read(Target.read(ENTITY, number),
                dsl -> load(dsl, CASE.CASE_NUMBER.eq(number.value())).stream().findFirst());
    }

    @Override
    public void insert(TraffickingCase c) {
        db.write(target("insert", c, c.version()), dsl -> {
            dsl.insertInto(CASE)
                    .set(CASE.ID, c.id().toString())
                    .set(CASE.VERSION, c.version())
                    .set(CaseRows.caseColumns(c, db.nowUtc()))
                    .execute();
            CaseRows.insertChildren(dsl, c);
            return null;
        });
    }

    @Override
    public boolean update(TraffickingCase c, long expectedVersion) {
        return db.write(target("update", c, expectedVersion), dsl -> {
            int updated = dsl.update(CASE)
                    .set(CASE.VERSION, c.version())
                    .set(CaseRows.caseColumns(c, db.nowUtc()))
                    .where(CASE.ID.eq(c.id().toString()))
                    .and(CASE.VERSION.eq(expectedVersion))
                    .execute();
            if (updated == 1) {
                CaseRows.deleteChildren(dsl, c.id().toString());
                CaseRows.insertChildren(dsl, c);
            }
            return updated == 1;
        });
    }

    @Override
    public boolean delete(CaseId id, long expectedVersion) {
        return db.write(Target.of("delete", ENTITY, id, expectedVersion), dsl -> {
            // Children first: explicit rather than relying on ON DELETE CASCADE alone.
            boolean exists = dsl.fetchExists(CASE, CASE.ID.eq(id.toString()).and(CASE.VERSION.eq(expectedVersion)));
            if (!exists) {
                return false;
            }
            CaseRows.deleteChildren(dsl, id.toString());
            return dsl.deleteFrom(CASE)
                    .where(CASE.ID.eq(id.toString()))
                    .and(CASE.VERSION.eq(expectedVersion))
                    .execute() == 1;
        });
    }

    @Override
    public Page<TraffickingCase> query(CaseQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        CaseCursor after = page.after() == null ? null : CaseCursor.decode(page.after());
        return db.read(Target.read(ENTITY, null), dsl -> {
            var rows = CaseQueries.page(dsl, query, after, page.size() + 1);
            List<TraffickingCase> items = assemble(dsl, rows.size() > page.size() ? rows.subList(0, page.size()) : rows);
            String next = rows.size() > page.size() ? CaseCursor.of(items.get(items.size() - 1)).encode() : null;
            return new Page<>(ImmutableList.copyOf(items), next);
        });
    }

    @Override
    public long count(CaseQuery query) {
        return db.read(Target.read(ENTITY, null), dsl -> CaseQueries.count(dsl, query));
    }

    @Override
    public Statistics statistics(CaseQuery query, Dimension first, Dimension second) {
        Objects.requireNonNull(first, "first");
        return db.read(Target.read(ENTITY, null), dsl -> CaseStatisticsQuery.run(dsl, query, first, second));
    }

    private List<TraffickingCase> load(DSLContext dsl, Condition condition) {
        return assemble(dsl, dsl.select(CASE.ID, CASE.VERSION, CASE.PAYLOAD).from(CASE).where(condition).fetch());
    }

    /** Cases from their (id, version, payload) rows, with one query for the personal data of all of them. */
    private static List<TraffickingCase> assemble(DSLContext dsl, List<Record3<String, Long, String>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Collection<String> ids = rows.stream().map(Record3::value1).toList();
        Map<String, List<Record>> personal = dsl.selectFrom(PERSONAL_DATA)
                .where(PERSONAL_DATA.CASE_ID.in(ids))
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(r -> r.get(PERSONAL_DATA.CASE_ID)));
        List<TraffickingCase> cases = new ArrayList<>(rows.size());
        for (Record3<String, Long, String> row : rows) {
            cases.add(CaseRows.toCase(row.value1(), row.value2(), row.value3(),
                    personal.getOrDefault(row.value1(), List.of())));
        }
        return cases;
    }

    private static Target target(String operation, TraffickingCase c, long version) {
        return Target.of(operation, ENTITY, c.id(), version,
                new Target.UniqueKey("uq_trafficking_case_number", "number", c.number().value()));
    }
}
