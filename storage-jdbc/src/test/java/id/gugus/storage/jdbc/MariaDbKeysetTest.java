package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.cases.CaseCursor;
import id.gugus.cases.CaseOrder;
import id.gugus.cases.CaseQuery;
import id.gugus.jurisdiction.JurisdictionCode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB, with 20,000 cases over five years of reports, a page read from a cursor in the middle
 * seeks to the cursor in the (reported_on, id) index, in either order: the index entries read (the
 * server's own Handler_read counters) stay near the page size instead of growing with the cases
 * before the cursor. Counts, not timings.
 */
class MariaDbKeysetTest extends DatabaseTest {
    static final int CASES = 20_000;
    static final int PAGE = 51;

    MariaDbKeysetTest() {
        super(TestDatabase.Kind.MARIADB);
    }

    @BeforeEach
    void fill() {
        sql().execute("INSERT INTO trafficking_case (id, version, case_number, registered_in, registered_province,"
                + " registered_regency, reported_on, status, destination_country, has_child_victim, victim_count,"
                + " personal_count, updated_at, payload, personal_version)"
                + " SELECT uuid(), 1, concat('LP/B/', seq), '61.71', '61', '61.71',"
                + " DATE '2021-01-01' + INTERVAL (seq * 7919 % 1826) DAY, 'REPORTED', 'KHM', 0, 1, 0, now(), 'x', 1"
                + " FROM seq_1_to_" + CASES);
        sql().execute("ANALYZE TABLE trafficking_case");
    }

    @Test
    void aPageAfterACursorInTheMiddleReadsAboutAPageOfIndexEntriesInEitherOrder() throws SQLException {
        CaseCursor middle = new CaseCursor(LocalDate.of(2023, 6, 1), UUID.fromString("7f000000-0000-4000-8000-000000000000"));
        for (CaseOrder order : CaseOrder.values()) {
            long read = indexEntriesRead(CaseQuery.all().ordered(order), middle);
            // The union reads the page twice (cases, then their people); a scan from either end
            // up to the cursor would read some 10,000 entries.
            assertThat(read).as("index entries read for a page %s", order).isLessThan(20L * PAGE);
        }
    }

    /**
     * Issue #11: a province's or a regency's page is read in report order from an index that
     * leads with the case's province or regency (V6), not found by a range on registered_in and
     * sorted whole (every one of the 20,000 cases here, for each page).
     */
    @Test
    void aProvinceOrRegencyPageReadsAboutAPageOfIndexEntriesInEitherOrderFromAnyCursor() throws SQLException {
        CaseCursor middle = new CaseCursor(LocalDate.of(2023, 6, 1), UUID.fromString("7f000000-0000-4000-8000-000000000000"));
        for (JurisdictionCode area : List.of(Fixtures.KALBAR, Fixtures.PONTIANAK)) {
            for (CaseOrder order : CaseOrder.values()) {
                for (CaseCursor after : Arrays.asList(null, middle)) {
                    long read = indexEntriesRead(CaseQuery.all().within(area).ordered(order), after);
                    assertThat(read).as("index entries read for a page of %s %s after %s", area, order, after)
                            .isLessThan(20L * PAGE);
                }
            }
        }
    }

    /** The Handler_read counters of one connection around one page query. */
    private long indexEntriesRead(CaseQuery query, CaseCursor after) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement s = connection.createStatement()) {
            DSLContext dsl = DSL.using(connection, database.dialect());
            s.execute("FLUSH STATUS");
            assertThat(CaseQueries.page(dsl, query, after, PAGE).fetch()).hasSize(PAGE);
            long read = 0;
            try (ResultSet counters = s.executeQuery("SHOW SESSION STATUS LIKE 'Handler_read%'")) {
                while (counters.next()) {
                    read += counters.getLong(2);
                }
            }
            return read;
        }
    }

    private DSLContext sql() {
        return DSL.using(database.dataSource(), database.dialect());
    }
}
