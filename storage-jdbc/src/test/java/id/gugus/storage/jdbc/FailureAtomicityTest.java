package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.gugus.cases.CaseQuery;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.PageRequest;
import id.gugus.error.StorageException;
import id.gugus.jurisdiction.Jurisdiction;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A unit of work is one transaction: whichever of its statements fails, nothing it wrote is left,
 * and the failure reaches the caller as a {@link StorageException} with the database's exception
 * attached.
 */
class FailureAtomicityTest {
    abstract static class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        /** Registers an agency and a case (with victims, suspects, personal data) and renames an area. */
        private void unitOfWork(JdbcBackend store, int attempt) {
            store.inUnitOfWork(() -> {
                store.jurisdictions().importAll(List.of(Jurisdiction.of("61", "Kalimantan Barat " + attempt)));
                store.agencies().insert(Fixtures.agency("Polda Kalbar", Fixtures.KALBAR));
                store.cases().insert(Fixtures.scamCase("LP/B/" + attempt + "/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1)));
                return null;
            });
        }

        @Test
        void aFailureAtAnyStatementLeavesNothingBehind() {
            backend.jurisdictions().importAll(List.of(Jurisdiction.of("61", "Kalimantan Barat")));
            int attempt = 0;
            while (true) {
                attempt++;
                FaultyDataSource faulty = new FaultyDataSource(database.dataSource(), attempt);
                JdbcBackend store = JdbcBackend.create(faulty, database.dialect());
                Throwable failure = catchThrowable(() -> unitOfWork(store, 1000));
                if (failure == null) {
                    assertThat(faulty.executed()).as("statements of the unit of work").isLessThan(attempt);
                    break;
                }
                assertThat(failure).as("failure at statement %d", attempt).isInstanceOf(StorageException.class);
                assertThat(((SQLException) rootSql(failure)).getSQLState()).isEqualTo(FaultyDataSource.INJECTED_STATE);
                assertThat(backend.agencies().inSubtree(Fixtures.KALBAR)).as("agencies after failure %d", attempt).isEmpty();
                assertThat(backend.cases().count(CaseQuery.all())).as("cases after failure %d", attempt).isZero();
                assertThat(backend.jurisdictions().find(Fixtures.KALBAR).orElseThrow().name()).isEqualTo("Kalimantan Barat");
                assertThat(rowCount("case_victim") + rowCount("personal_data") + rowCount("case_restitution")
                        + rowCount("case_victim_exploitation")).as("child rows after failure %d", attempt).isZero();
            }
            assertThat(attempt).as("the unit of work runs several statements").isGreaterThan(5);
            assertThat(backend.cases().query(CaseQuery.all(), PageRequest.first(5)).items())
                    .extracting(TraffickingCase::number).hasSize(1);
            assertThat(backend.jurisdictions().find(Fixtures.KALBAR).orElseThrow().name()).isEqualTo("Kalimantan Barat 1000");
        }

        @Test
        void aClosedConnectionInTheMiddleBecomesAStorageExceptionAndNothingIsKept() throws Exception {
            FaultyDataSource faulty = new FaultyDataSource(database.dataSource(), 0);
            JdbcBackend store = JdbcBackend.create(faulty, database.dialect());
            Throwable failure = catchThrowable(() -> store.inUnitOfWork(() -> {
                store.agencies().insert(Fixtures.agency("Polda Kalbar", Fixtures.KALBAR));
                try {
                    faulty.closeConnections();
                } catch (SQLException e) {
                    throw new AssertionError(e);
                }
                store.agencies().insert(Fixtures.agency("Dinas PPPA", Fixtures.KALBAR));
                return null;
            }));
            assertThat(failure).isInstanceOf(StorageException.class).hasCauseInstanceOf(RuntimeException.class);
            assertThat(rootSql(failure)).isInstanceOf(SQLException.class);
            assertThat(backend.agencies().inSubtree(Fixtures.KALBAR)).isEmpty();
        }

        private long rowCount(String table) {
            return org.jooq.impl.DSL.using(database.dataSource(), database.dialect()).fetchCount(org.jooq.impl.DSL.table(table));
        }
    }

    static Throwable rootSql(Throwable failure) {
        Throwable sql = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                sql = t;
                break;
            }
        }
        return sql;
    }

    @Nested
    class OnH2 extends Contract {
        OnH2() {
            super(TestDatabase.Kind.H2);
        }
    }

    @Nested
    class OnPostgres extends Contract {
        OnPostgres() {
            super(TestDatabase.Kind.POSTGRES);
        }
    }

    @Nested
    class OnMariaDb extends Contract {
        OnMariaDb() {
            super(TestDatabase.Kind.MARIADB);
        }
    }
}
