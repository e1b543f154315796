package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.cases.CaseCursor;
import id.gugus.cases.CaseOrder;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.Nik;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.jurisdiction.Level;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, with a realistic table (50,000 cases spread over the 514 regencies and cities of
 * the real area tree, five years of reports, a victim and a suspect with personal data each,
 * ANALYZEd) and default planner settings, a
 * province-subtree case page and count, a newest-first page, and a look-up by NIK, are answered
 * from indexes, not by a scan of a table.
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
                + " registered_regency, reported_on, status, destination_country, has_child_victim, victim_count, personal_count,"
                + " updated_at, payload, personal_version)"
                + " SELECT md5(g::text)::uuid::text, 1, 'LP/B/' || g, r.code, left(r.code, 2), r.code,"
                + " DATE '2021-01-01' + (g * 7919 % 1826), 'REPORTED', 'KHM', g % 5 = 0, 2, 2, now() AT TIME ZONE 'UTC',"
                + " repeat(md5(g::text), 12), 1"
                + " FROM generate_series(1, " + CASES + ") g"
                + " JOIN (SELECT code, ordinality - 1 AS i FROM unnest(ARRAY[" + String.join(",", regencies) + "])"
                + " WITH ORDINALITY AS u(code, ordinality)) r ON r.i = g % " + regencies.size());
        // A victim and a suspect with personal data per case, as registered cases have.
        sql().execute("INSERT INTO personal_data (case_id, owner_role, seq, owner_id, case_version, name, nik, contact, address)"
                + " SELECT id, r.role, 0, md5(id || r.role)::uuid::text, 1, 'Nama ' || case_number, NULL, NULL, NULL"
                + " FROM trafficking_case CROSS JOIN (VALUES ('VICTIM'), ('SUSPECT')) AS r(role)");
        // A NIK hash per victim, plain SHA-256 as a store without keys writes them.
        sql().execute("INSERT INTO victim_identity (case_id, victim_seq, reason, victim_id, key_hash, hash_key_id)"
                + " SELECT case_id, seq, 'SAME_NIK', owner_id, encode(sha256(convert_to('nik:' || owner_id, 'UTF8')), 'hex'), NULL"
                + " FROM personal_data WHERE owner_role = 'VICTIM'");
        sql().execute("ANALYZE trafficking_case");
        sql().execute("ANALYZE personal_data");
        sql().execute("ANALYZE victim_identity");
    }

    @Test
    void aProvinceSubtreePageIsAnIndexScan() {
        CaseQuery kalbar = CaseQuery.all().within(Fixtures.KALBAR);
        String plan = explain(CaseQueries.page(sql(), kalbar, null, 51));

        // The province's cases in report order (V6), read only as far as the page goes.
        assertThat(plan).contains("Index Scan using ix_trafficking_case_province_page");
        assertThat(plan).doesNotContain("Seq Scan");
        assertThat(backend.cases().count(kalbar)).isBetween(1L, (long) CASES / 20);
    }

    /**
     * Issue #11: a page of a province's or a regency's cases reads its own cases and stops, in
     * either order, from the start or from a cursor in the middle, where a range on registered_in
     * read the whole subtree (some 1,400 cases of Kalimantan Barat here) to sort it for every page.
     * Rows counted by the server (EXPLAIN ANALYZE), not timed.
     */
    @Test
    void aProvinceOrRegencyPageReadsOnlyItsOwnCasesInEitherOrderFromAnyCursor() {
        CaseCursor middle = new CaseCursor(LocalDate.of(2023, 6, 1), UUID.fromString("7f000000-0000-4000-8000-000000000000"));
        for (JurisdictionCode area : List.of(Fixtures.KALBAR, Fixtures.PONTIANAK)) {
            assertThat(backend.cases().count(CaseQuery.all().within(area))).as("cases in %s", area).isGreaterThan(80L);
            for (CaseOrder order : CaseOrder.values()) {
                for (CaseCursor after : Arrays.asList(null, middle)) {
                    String plan = explainAnalyze(CaseQueries.page(sql(), CaseQuery.all().within(area).ordered(order), after, 51));

                    // The page's subquery runs twice (its cases, then their people): 51 rows each.
                    assertThat(caseRowsRead(plan)).as("%s %s after %s:%n%s", area, order, after, plan)
                            .isLessThanOrEqualTo(2 * 51);
                }
            }
        }
    }

    /** Newest first needs no index of its own: the (reported_on, id) index is read backwards, from the cursor on. */
    @Test
    void aNewestFirstPageReadsTheReportIndexBackwards() {
        CaseQuery newest = CaseQuery.all().newestFirst();
        CaseCursor cursor = new CaseCursor(LocalDate.of(2023, 6, 1), UUID.fromString("7f000000-0000-4000-8000-000000000000"));
        for (CaseCursor after : Arrays.asList(null, cursor)) {
            String plan = explain(CaseQueries.page(sql(), newest, after, 51));

            assertThat(plan).as("after %s", after).contains("Index Scan Backward using ix_trafficking_case_reported")
                    .doesNotContain("Seq Scan");
        }
        String province = explain(CaseQueries.page(sql(), CaseQuery.all().within(Fixtures.KALBAR).newestFirst(), cursor, 51));
        assertThat(province).contains("ix_trafficking_case_").doesNotContain("Seq Scan");
    }

    @Test
    void aProvinceSubtreeCountReadsOnlyTheIndexRange() {
        String plan = explain(sql().selectCount().from(Tables.CASE).where(CaseQueries.where(CaseQuery.all().within(Fixtures.KALBAR))));

        // Either index that leads with registered_in: the roll-up's (V3) is the narrower one.
        assertThat(plan).containsAnyOf("ix_trafficking_case_registered", "ix_trafficking_case_rollup")
                .doesNotContain("Seq Scan");
    }

    /** Issue #11: the province roll-up by regency and exploitation type never reads the cases' table rows. */
    @Test
    void aProvinceRollUpByRegencyAndExploitationReadsOnlyIndexes() {
        sql().execute("INSERT INTO case_victim (case_id, seq, victim_id, sex, age_band, citizenship, origin_province,"
                + " origin_regency, child) SELECT id, 0, md5(id || 'v')::uuid::text, 'FEMALE', 'ADULT', 'IDN', NULL, NULL, false"
                + " FROM trafficking_case");
        sql().execute("INSERT INTO case_victim_exploitation (case_id, victim_seq, victim_id, exploitation_type)"
                + " SELECT case_id, seq, victim_id, 'FORCED_LABOUR' FROM case_victim");
        sql().execute("VACUUM ANALYZE trafficking_case");
        sql().execute("VACUUM ANALYZE case_victim");
        sql().execute("VACUUM ANALYZE case_victim_exploitation");
        String plan = explain(CaseStatisticsQuery.select(sql(), CaseQuery.all().within(Fixtures.KALBAR),
                Dimension.REGENCY, Dimension.EXPLOITATION_TYPE));

        assertThat(plan).contains("Index Only Scan using ix_trafficking_case_rollup")
                .doesNotContain("Seq Scan on trafficking_case");
    }

    @Test
    void aNikLookUpGoesThroughTheHashIndexAndThePrimaryKeys() {
        var hasNik = VictimIdentities.caseHasVictimNik(sql(), PersonalDataCipher.PLAIN, Nik.of("6171014501990001"));
        String plan = explain(CaseQueries.inReportOrder(sql(), hasNik));

        assertThat(plan).contains("ix_victim_identity_hash").contains("pk_trafficking_case").doesNotContain("Seq Scan");
    }

    /** The rows the plan's scans of trafficking_case returned, over all their loops. */
    private static long caseRowsRead(String plan) {
        long rows = 0;
        for (String line : plan.split("\n")) {
            Matcher scan = CASE_SCAN.matcher(line);
            if (scan.find()) {
                rows += Long.parseLong(scan.group(1)) * Long.parseLong(scan.group(2));
            }
        }
        return rows;
    }

    private static final Pattern CASE_SCAN = Pattern.compile(
            "Scan(?: Backward)?(?: using \\w+)? on trafficking_case\\b.*actual time=\\S+ rows=(\\d+) loops=(\\d+)");

    private String explainAnalyze(Query query) {
        return sql().fetch("EXPLAIN ANALYZE " + query.getSQL(ParamType.INLINED)).stream()
                .map(r -> r.get(0, String.class))
                .collect(Collectors.joining("\n"));
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
