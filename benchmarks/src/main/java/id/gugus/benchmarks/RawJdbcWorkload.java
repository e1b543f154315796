package id.gugus.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.collect.Lists;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.json.GugusJson;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.Level;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;

/**
 * The baseline: what a careful developer would write by hand with plain JDBC for the same
 * workload on the same server. Prepared statements with bind values, JDBC batches, one
 * transaction per operation, the same indexes as Gugus for the same reads, and the same
 * domain objects in and out (the case as JSON through Jackson and Gugus's mapping, so that both
 * sides pay for the same mapping). It skips what Gugus adds on purpose: validation, access
 * checks, the audit log, personal data kept apart from the document, identity hashes and the
 * projections of restitution and of every exploitation type. Its schema is
 * {@code db/bench-raw/<database>/V1__raw_baseline.sql}: a case row, a row per victim.
 */
final class RawJdbcWorkload implements CaseWorkload {
    private static final int BATCH = 1_000; // the same as Gugus's default batch size
    private static final String INSERT_CASE = "INSERT INTO raw_case (id, version, case_number, registered_in, "
            + "registered_regency, reported_on, status, payload, registered_province) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_VICTIM = "INSERT INTO raw_victim (case_id, seq, victim_id, sex, origin_regency, "
            + "exploitation_type) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String PAGE = "SELECT id, version, payload FROM raw_case WHERE registered_in >= ? AND registered_in < ? "
            + "ORDER BY reported_on, id LIMIT ?";
    /** A province's page: its cases in report order straight from their index, as Gugus reads them since V6. */
    private static final String PROVINCE_PAGE = "SELECT id, version, payload FROM raw_case WHERE registered_province = ? "
            + "ORDER BY reported_on, id LIMIT ?";
    private static final String ROLL_UP = "SELECT c.registered_regency, v.exploitation_type, COUNT(DISTINCT c.id), COUNT(*) "
            + "FROM raw_case c JOIN raw_victim v ON v.case_id = c.id WHERE c.registered_in >= ? AND c.registered_in < ? "
            + "GROUP BY c.registered_regency, v.exploitation_type";
    private static final String UPDATE = "UPDATE raw_case SET version = ?, status = ?, payload = ? WHERE id = ? AND version = ?";

    private final DataSource dataSource;
    private final ObjectWriter writer = GugusJson.mapperWithPersonalData().writerFor(TraffickingCase.class);
    private final ObjectReader reader = GugusJson.mapperWithPersonalData().readerFor(TraffickingCase.class);

    private RawJdbcWorkload(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates the baseline's tables (Flyway, history table {@code bench_raw_history}) and returns the workload on them. */
    static RawJdbcWorkload create(DataSource dataSource, SQLDialect dialect) {
        String folder = switch (dialect.family()) {
            case H2 -> "h2";
            case POSTGRES -> "postgres";
            case MARIADB -> "mariadb";
            default -> throw new IllegalArgumentException("no baseline schema for " + dialect);
        };
        Flyway.configure().dataSource(dataSource).locations("classpath:db/bench-raw/" + folder)
                .table("bench_raw_history").load().migrate();
        return new RawJdbcWorkload(dataSource);
    }

    @Override
    public void importAreas(List<Jurisdiction> areas) {
        inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO raw_area (code, parent_code, area_level, name) VALUES (?, ?, ?, ?)")) {
                for (List<Jurisdiction> chunk : Lists.partition(areas, BATCH)) {
                    for (Jurisdiction a : chunk) {
                        insert.setString(1, a.code().value());
                        insert.setString(2, a.parent().map(JurisdictionCode::value).orElse(null));
                        insert.setString(3, a.level().name());
                        insert.setString(4, a.name());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
        });
    }

    @Override
    public void register(TraffickingCase c) {
        registerAll(List.of(c));
    }

    /** One batch of case rows, one of victim rows, one commit (a single case: its INSERT, its victims' batch, the commit). */
    @Override
    public void registerAll(List<TraffickingCase> cases) {
        inTransaction(c -> {
            try (PreparedStatement insertCase = c.prepareStatement(INSERT_CASE);
                    PreparedStatement insertVictim = c.prepareStatement(INSERT_VICTIM)) {
                for (TraffickingCase tc : cases) {
                    TraffickingCase stored = tc.withVersion(1);
                    insertCase.setString(1, stored.id().toString());
                    insertCase.setLong(2, 1);
                    insertCase.setString(3, stored.number().value());
                    insertCase.setString(4, stored.registeredIn().value());
                    insertCase.setString(5, ancestor(stored.registeredIn(), Level.REGENCY));
                    insertCase.setDate(6, Date.valueOf(stored.reportedOn()));
                    insertCase.setString(7, stored.status().name());
                    insertCase.setString(8, json(stored));
                    insertCase.setString(9, ancestor(stored.registeredIn(), Level.PROVINCE));
                    if (cases.size() == 1) {
                        insertCase.executeUpdate();
                    } else {
                        insertCase.addBatch();
                    }
                    for (int i = 0; i < stored.victims().size(); i++) {
                        Victim v = stored.victims().get(i);
                        insertVictim.setString(1, stored.id().toString());
                        insertVictim.setInt(2, i);
                        insertVictim.setString(3, v.id().toString());
                        insertVictim.setString(4, v.sex().name());
                        insertVictim.setString(5, ancestor(v.origin(), Level.REGENCY));
                        insertVictim.setString(6, v.elements().purposes().stream().findFirst().map(ExploitationType::name).orElse(null));
                        insertVictim.addBatch();
                    }
                }
                if (cases.size() > 1) {
                    insertCase.executeBatch();
                }
                insertVictim.executeBatch();
            }
        });
    }

    @Override
    public List<CaseId> page(JurisdictionCode area, int size) {
        return inTransaction(c -> {
            boolean province = area.level() == Level.PROVINCE;
            try (PreparedStatement select = c.prepareStatement(province ? PROVINCE_PAGE : PAGE)) {
                int next = 1;
                select.setString(next++, area.value());
                if (!province) {
                    select.setString(next++, area.subtreeUpperBound());
                }
                select.setInt(next, size);
                List<CaseId> ids = new ArrayList<>(size);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        TraffickingCase tc = read(rs.getString(3)).withVersion(rs.getLong(2));
                        ids.add(tc.id());
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public RollUp rollUp(JurisdictionCode province) {
        return inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement(ROLL_UP)) {
                select.setString(1, province.value());
                select.setString(2, province.subtreeUpperBound());
                int groups = 0;
                long cases = 0;
                long victims = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        groups++;
                        cases += rs.getLong(3);
                        victims += rs.getLong(4);
                    }
                }
                return new RollUp(groups, cases, victims);
            }
        });
    }

    /** One UPDATE with the version check, and the commit; the program knows the version it stored. */
    @Override
    public void advance(TraffickingCase registered) {
        TraffickingCase next = registered.withVersion(2).moveTo(CaseStatus.INQUIRY, registered.reportedOn().plusDays(7));
        inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement(UPDATE)) {
                update.setLong(1, 2);
                update.setString(2, next.status().name());
                update.setString(3, json(next));
                update.setString(4, next.id().toString());
                update.setLong(5, 1);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("baseline: case " + next.id() + " is not at version 1");
                }
            }
        });
    }

    /** The code's ancestor at the level as text; null if the code is above that level (or null). */
    private static String ancestor(JurisdictionCode code, Level level) {
        return code == null || code.level().compareTo(level) < 0 ? null : code.ancestorAt(level).value();
    }

    private String json(TraffickingCase c) {
        try {
            return writer.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("baseline: cannot write case " + c.id(), e);
        }
    }

    private TraffickingCase read(String json) {
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("baseline: cannot read a stored case", e);
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private interface VoidWork {
        void run(Connection c) throws SQLException;
    }

    private void inTransaction(VoidWork work) {
        inTransaction(c -> {
            work.run(c);
            return null;
        });
    }

    /** A connection from the pool, one transaction, committed; rolled back on any failure. */
    private <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("baseline: " + e.getMessage(), e);
        }
    }
}
