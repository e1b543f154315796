package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import id.gugus.agency.Agency;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.TraffickingCase;
import id.gugus.error.DuplicateException;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
import id.gugus.taskforce.TaskForceLevel;
import id.gugus.taskforce.TaskForceStatus;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Uniqueness is enforced by the database, atomically, and its SQLState class 23 reaches the caller
 * as a {@link DuplicateException} naming the entity type and key, never personal data, with the
 * SQL exception attached.
 */
class ConstraintTranslationTest {
    abstract static class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        @Test
        void aSecondCaseWithTheSameNumberIsADuplicateNamingTheNumber() {
            TraffickingCase first = Fixtures.scamCase("LP/B/7/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            backend.cases().insert(first);
            TraffickingCase second = Fixtures.scamCase("LP/B/7/2025", Fixtures.SAMBAS, LocalDate.of(2025, 5, 2));

            DuplicateException e = catchThrowableOfType(DuplicateException.class, () -> backend.cases().insert(second));

            assertThat(e.entityType()).isEqualTo("Case");
            assertThat(e.key()).isEqualTo("LP/B/7/2025");
            assertThat(e.getMessage()).contains("number").doesNotContain("Siti").doesNotContain("6171014501990001");
            assertThat(sqlState(e)).startsWith("23");
            assertThat(backend.cases().count(CaseQuery.all())).isEqualTo(1);
            assertThat(backend.cases().find(second.id())).isEmpty();
        }

        @Test
        void takingATakenNumberOnUpdateIsADuplicateAndChangesNothing() {
            TraffickingCase a = Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            TraffickingCase b = Fixtures.scamCase("LP/B/2/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            backend.cases().insert(a);
            backend.cases().insert(b);
            TraffickingCase renumbered = b.withNumber(a.number()).withVersion(2);

            DuplicateException e = catchThrowableOfType(DuplicateException.class, () -> backend.cases().update(renumbered, 1));

            assertThat(e.key()).isEqualTo("LP/B/1/2025");
            assertThat(backend.cases().find(b.id())).contains(b);
        }

        @Test
        void theSameIdTwiceIsADuplicateId() {
            Agency agency = Fixtures.agency("Polda Kalbar", Fixtures.KALBAR);
            backend.agencies().insert(agency);

            DuplicateException e = catchThrowableOfType(DuplicateException.class, () -> backend.agencies().insert(agency));

            assertThat(e.entityType()).isEqualTo("Agency");
            assertThat(e.key()).isEqualTo(agency.id().toString());
            assertThat(e.getMessage()).contains(" id ");
        }

        @Test
        void aSecondActiveTaskForceForAJurisdictionIsADuplicateButADissolvedOneIsNot() {
            backend.taskForces().insert(taskForce(TaskForceStatus.ESTABLISHED));
            backend.taskForces().insert(taskForce(TaskForceStatus.DISSOLVED));

            DuplicateException e = catchThrowableOfType(DuplicateException.class,
                    () -> backend.taskForces().insert(taskForce(TaskForceStatus.PROPOSED)));

            assertThat(e.entityType()).isEqualTo("TaskForce");
            assertThat(e.key()).isEqualTo("61");
            assertThat(backend.taskForces().inSubtree(Fixtures.KALBAR)).hasSize(2);
        }

        @Test
        void concurrentRegistrationsOfOneNumberLeaveExactlyOneCase() throws Exception {
            int threads = 4;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    Callable<Boolean> register = () -> {
                        start.await();
                        try {
                            backend.cases().insert(Fixtures.scamCase("LP/B/99/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1)));
                            return true;
                        } catch (DuplicateException duplicate) {
                            return false;
                        }
                    };
                    results.add(pool.submit(register));
                }
                start.countDown();
                int stored = 0;
                for (Future<Boolean> result : results) {
                    stored += result.get() ? 1 : 0;
                }
                assertThat(stored).isEqualTo(1);
                assertThat(backend.cases().count(CaseQuery.all())).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void aDuplicateInsideAUnitOfWorkLeavesTheUnitUsable() {
            TraffickingCase first = Fixtures.scamCase("LP/B/5/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            backend.cases().insert(first);
            backend.inUnitOfWork(() -> {
                catchThrowableOfType(DuplicateException.class, () -> backend.cases()
                        .insert(Fixtures.scamCase("LP/B/5/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1))));
                backend.cases().insert(Fixtures.scamCase("LP/B/6/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1)));
                return null;
            });
            assertThat(backend.cases().count(CaseQuery.all())).isEqualTo(2);
            assertThat(backend.cases().find(new CaseId(first.id().value()))).contains(first);
        }

        private static TaskForce taskForce(TaskForceStatus status) {
            return new TaskForce(TaskForceId.random(), 1, "Gugus Tugas PP-TPPO Provinsi Kalimantan Barat",
                    TaskForceLevel.PROVINCE, Fixtures.KALBAR, Official.of(Position.GOVERNOR, "Gubernur"),
                    Official.of(Position.KAPOLDA, "Kapolda"), ImmutableList.of(), ImmutableList.of(), null, status, null,
                    ImmutableList.of("Perpres 49/2023"), ImmutableList.of());
        }

        private static String sqlState(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql) {
                    return sql.getSQLState();
                }
            }
            return "none";
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
