package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.PERSONAL_DATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.gugus.cases.CaseQuery;
import id.gugus.cases.Nik;
import id.gugus.cases.TraffickingCase;
import id.gugus.error.StorageException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue #16, item 5: a rotation of keys whose commit is lost in flight. The rotation reports a
 * {@link StorageException}, yet some of its steps committed: the backend holds a ring of the old
 * and the new keys and reads every row, {@link JdbcBackend#personalDataStatus()} says how many
 * rows are under which key, and running the rotation again, from this backend or any other
 * holding both keys, finishes it. Only then may the old keys go.
 */
class KeyRotationTest {
    static final PersonalDataKeys K1 = PersonalDataKeys.generate("k1");
    static final PersonalDataKeys K2 = PersonalDataKeys.generate("k2");
    static final int CASES = 12;
    static final int STEP = 4;

    abstract static class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        @Test
        void aRotationWhoseCommitIsLostIsSafeToReadToRetryAndToStop() {
            LostCommits lossy = new LostCommits(database.dataSource());
            JdbcBackend rotating = JdbcBackend.create(lossy, config(PersonalDataKeyRing.of(K1)));
            List<TraffickingCase> cases = seed(rotating);
            lossy.loseCommitAfter(2); // the second step of the rotation commits, and the driver says it did not

            StorageException lost = catchThrowableOfType(StorageException.class, () -> rotating.rotatePersonalDataKeys(K2));

            assertThat(lost).as("the rotation reports the lost commit").isNotNull();
            assertThat(rotating.config().personalDataKeyRing()).isEqualTo(PersonalDataKeyRing.of(K2, K1));
            PersonalDataStatus half = rotating.personalDataStatus();
            assertThat(half.sealedRows()).containsOnlyKeys("k1", "k2");
            assertThat(half.sealedRows().get("k2")).as("two steps committed").isEqualTo(2L * STEP * 2);
            assertThat(half.isSettled()).isFalse();
            assertThat(half.keysInUse()).containsExactlyInAnyOrder("k1", "k2");
            for (TraffickingCase c : cases) {
                assertThat(rotating.cases().find(c.id())).as("read with the ring").contains(c);
            }
            assertThat(rotating.cases().withVictimNik(Nik.of("6171014501990001"))).as("a NIK under either key")
                    .hasSize(CASES);
            assertThat(catchThrowableOfType(StorageException.class, () -> rotating.cases().duplicateVictims()))
                    .hasMessageContaining("rotation of keys is unfinished");
            // What the operator who threw the new keys away would have: the rows under them are gone.
            assertThat(unreadable(backendWith(PersonalDataKeyRing.of(K1)), cases)).isEqualTo(2 * STEP);

            lossy.loseCommitAfter(0);
            JdbcBackend restarted = backendWith(PersonalDataKeyRing.of(K2, K1));
            restarted.rotatePersonalDataKeys(K2);

            PersonalDataStatus done = restarted.personalDataStatus();
            assertThat(done.isSettled()).isTrue();
            assertThat(done.sealedRows()).containsOnlyKeys("k2");
            assertThat(done.hashedIdentities()).containsOnlyKeys("k2");
            JdbcBackend withNewKeysOnly = backendWith(PersonalDataKeyRing.of(K2));
            assertThat(unreadable(withNewKeysOnly, cases)).isZero();
            assertThat(withNewKeysOnly.cases().duplicateVictims()).hasSize(1);
        }

        @Test
        void retryingAFinishedRotationChangesNothing() {
            JdbcBackend rotating = backendWith(PersonalDataKeyRing.of(K1));
            seed(rotating);
            assertThat(rotating.rotatePersonalDataKeys(K2)).isEqualTo(CASES * 2L);
            List<String> sealed = sql().select(PERSONAL_DATA.SEALED).from(PERSONAL_DATA).orderBy(PERSONAL_DATA.SEALED)
                    .fetch(r -> r.value1());

            assertThat(rotating.rotatePersonalDataKeys(K2)).isZero();
            assertThat(sql().select(PERSONAL_DATA.SEALED).from(PERSONAL_DATA).orderBy(PERSONAL_DATA.SEALED).fetch(r -> r.value1()))
                    .isEqualTo(sealed);
            assertThat(rotating.personalDataStatus().isSettled()).isTrue();
        }

        @Test
        void theStatusCountsPlainLegacyAndSealedRowsAndIdentitiesByKey() throws Exception {
            seed(backend);
            PersonalDataStatus plain = backend.personalDataStatus();
            assertThat(plain.plainRows()).isEqualTo(CASES * 2L);
            assertThat(plain.plainIdentities()).isEqualTo(CASES);
            assertThat(plain.isSettled()).as("a store without keys, all plain").isTrue();

            JdbcBackend sealing = backendWith(PersonalDataKeyRing.of(K1));
            PersonalDataStatus mixed = sealing.personalDataStatus();
            assertThat(mixed.currentKeyId()).isEqualTo("k1");
            assertThat(mixed.isSettled()).isFalse();
            sealing.rewritePersonalData();
            assertThat(sealing.personalDataStatus()).isEqualTo(new PersonalDataStatus("k1",
                    com.google.common.collect.ImmutableMap.of("k1", CASES * 2L), 0, 0,
                    com.google.common.collect.ImmutableMap.of("k1", (long) CASES), 0));
        }

        @Test
        void aRingRefusesTwoKeysOfOneIdAndARotationToOtherMaterialUnderAnIdOfTheRing() {
            assertThat(catchThrowableOfType(IllegalArgumentException.class,
                    () -> PersonalDataKeyRing.of(K1, PersonalDataKeys.generate("k1")))).hasMessageContaining("k1");
            JdbcBackend rotating = backendWith(PersonalDataKeyRing.of(K2, K1));
            assertThat(catchThrowableOfType(IllegalArgumentException.class,
                    () -> rotating.rotatePersonalDataKeys(PersonalDataKeys.generate("k1")))).hasMessageContaining("reuse the key id k1");
            assertThat(rotating.config().personalDataKeyRing()).isEqualTo(PersonalDataKeyRing.of(K2, K1));
            assertThat(PersonalDataKeyRing.of(K2, K1).toString()).doesNotContain(java.util.HexFormat.of().formatHex(K1.aesKey()));
        }

        /** Twelve cases, each with a victim and a suspect with personal data, all the victims one person. */
        private static List<TraffickingCase> seed(JdbcBackend into) {
            List<TraffickingCase> cases = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                TraffickingCase c = Fixtures.scamCase("LP/R/" + i + "/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 1, 1).plusDays(i));
                into.cases().insert(c);
                cases.add(c);
            }
            return cases;
        }

        private static long unreadable(JdbcBackend reader, List<TraffickingCase> cases) {
            return cases.stream().filter(c -> {
                try {
                    reader.cases().find(c.id());
                    return false;
                } catch (StorageException e) {
                    return true;
                }
            }).count();
        }

        private JdbcStoreConfig config(PersonalDataKeyRing ring) {
            return JdbcStoreConfig.of(database.dialect()).withPersonalDataKeyRing(ring).withBatchSize(STEP);
        }

        private JdbcBackend backendWith(PersonalDataKeyRing ring) {
            return JdbcBackend.create(database.dataSource(), config(ring));
        }

        private org.jooq.DSLContext sql() {
            return DSL.using(database.dataSource(), database.dialect());
        }
    }

    /**
     * Connections whose Nth commit from the moment it is armed goes through on the server and is
     * then reported lost (SQLState 08006), as when the link drops before the acknowledgment.
     */
    static final class LostCommits implements DataSource {
        private final DataSource target;
        private final AtomicInteger commitsLeft = new AtomicInteger();

        LostCommits(DataSource target) {
            this.target = target;
        }

        /** The {@code n}th commit from now is lost; 0: none. */
        void loseCommitAfter(int n) {
            commitsLeft.set(n);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection real = target.getConnection();
            InvocationHandler handler = (proxy, method, args) -> {
                Object result;
                try {
                    result = method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                if (method.getName().equals("commit") && commitsLeft.get() > 0 && commitsLeft.decrementAndGet() == 0) {
                    throw new SQLException("injected: connection lost after the commit was sent", "08006");
                }
                return result;
            };
            return (Connection) Proxy.newProxyInstance(LostCommits.class.getClassLoader(), new Class<?>[] {Connection.class},
                    handler);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return target.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return target.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return target.isWrapperFor(type);
        }
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
