package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.gugus.error.StorageException;
import java.sql.SQLException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The server kills the store's session in the middle of a unit of work: the caller gets a
 * {@link StorageException} with the driver's exception as its cause, nothing of the unit is kept,
 * and the store goes on working on fresh connections.
 */
class LostConnectionTest {
    abstract static class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        /** Kills the session of this test database that is inside a transaction: the unit of work's. */
        abstract void killSessions();

        @Test
        void aKilledSessionBecomesAStorageExceptionWithItsCauseAndNothingIsKept() {
            Throwable failure = catchThrowable(() -> backend.inUnitOfWork(() -> {
                backend.agencies().insert(Fixtures.agency("Polda Kalbar", Fixtures.KALBAR));
                killSessions();
                backend.agencies().insert(Fixtures.agency("Dinas PPPA", Fixtures.KALBAR));
                return null;
            }));

            assertThat(failure).isInstanceOf(StorageException.class).hasMessageContaining("Agency");
            assertThat(FailureAtomicityTest.rootSql(failure)).isInstanceOf(SQLException.class);
            assertThat(backend.agencies().inSubtree(Fixtures.KALBAR)).isEmpty();
            backend.agencies().insert(Fixtures.agency("Kejati Kalbar", Fixtures.KALBAR));
            assertThat(backend.agencies().inSubtree(Fixtures.KALBAR)).hasSize(1);
        }
    }

    @Nested
    class OnPostgres extends Contract {
        OnPostgres() {
            super(TestDatabase.Kind.POSTGRES);
        }

        @Override
        void killSessions() {
            TestDatabase.admin(TestDatabase.Kind.POSTGRES, "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity"
                    + " WHERE application_name = '" + database.name() + "' AND state = 'idle in transaction'");
        }
    }

    @Nested
    class OnMariaDb extends Contract {
        OnMariaDb() {
            super(TestDatabase.Kind.MARIADB);
        }

        @Override
        void killSessions() {
            try (var c = TestDatabase.connect(TestDatabase.Kind.MARIADB); var s = c.createStatement();
                    var rs = s.executeQuery("SELECT p.id FROM information_schema.processlist p"
                            + " JOIN information_schema.innodb_trx t ON t.trx_mysql_thread_id = p.id WHERE p.db = '"
                            + database.name() + "'")) {
                var ids = new java.util.ArrayList<Long>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                assertThat(ids).as("sessions in a transaction").hasSize(1);
                for (long id : ids) {
                    s.execute("KILL CONNECTION " + id);
                }
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        }
    }
}
