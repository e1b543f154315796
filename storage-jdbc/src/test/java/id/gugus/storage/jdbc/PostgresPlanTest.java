package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.cases.CaseQuery;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.jurisdiction.Level;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, with a realistic table (50,000 cases spread over the 514 regencies and cities of
 * the real area tree, five years of reports, ANALYZEd) and default planner settings, a
 * province-subtree case page and count are answered from an index, not by a scan of the table.
 */
class PostgresPlanTest extends DatabaseTest {
    static final int CASES = 50_000;

    PostgresPlanTest() {
        super(TestDatabase.Kind.POSTGRES);
    }

    @BeforeEach
    void fillAndAnalyze() {
        List<String> regencies = JurisdictionDirectory.bundled().all().stream()
                .filter(j -> j.level() == Level.REGENCY)
                .map(j -> "'" + j.code().value() + "'")
                .toList();
        assertThat(regencies).hasSize(514);
        sql().execute("INSERT INTO trafficking_case (id, version, case_number, registered_in, registered_province,"
                + " registered_regency, reported_on, status, destination_country, has_child_victim, victim_count,"
                + " updated_at, payload)"
                + " SELECT md5(g::text)::uuid::text, 1, 'LP/B/' || g, r.code, left(r.code, 2), r.code,"
                + " DATE '2021-01-01' + (g * 7919 % 1826), 'REPORTED', 'KHM', g % 5 = 0, 2, now() AT TIME ZONE 'UTC',"
                + " repeat(md5(g::text), 12)"
                + " FROM generate_series(1, " + CASES + ") g"
                + " JOIN (SELECT code, ordinality - 1 AS i FROM unnest(ARRAY[" + String.join(",", regencies) + "])"
                + " WITH ORDINALITY AS u(code, ordinality)) r ON r.i = g % " + regencies.size());
        sql().execute("ANALYZE trafficking_case");
    }

    @Test
    void aProvinceSubtreePageIsAnIndexScan() {
        CaseQuery kalbar = CaseQuery.all().within(Fixtures.KALBAR);
        String plan = explain(CaseQueries.page(sql(), kalbar, null, 51));

        assertThat(plan).containsAnyOf("Index Scan using ix_trafficking_case_registered",
                "Index Scan using ix_trafficking_case_reported", "Bitmap Index Scan on ix_trafficking_case_registered");
        assertThat(plan).doesNotContain("Seq Scan");
        assertThat(backend.cases().count(kalbar)).isBetween(1L, (long) CASES / 20);
    }

    @Test
    void aProvinceSubtreeCountReadsOnlyTheIndexRange() {
        String plan = explain(sql().selectCount().from(Tables.CASE).where(CaseQueries.where(CaseQuery.all().within(Fixtures.KALBAR))));

        assertThat(plan).contains("ix_trafficking_case_registered").doesNotContain("Seq Scan");
    }

    private String explain(Query query) {
        String plan = sql().fetch("EXPLAIN " + query.getSQL(ParamType.INLINED)).stream()
                .map(r -> r.get(0, String.class))
                .collect(Collectors.joining("\n"));
        System.out.println(plan);
        return plan;
    }

    private DSLContext sql() {
        return DSL.using(database.dataSource(), database.dialect());
    }

}
