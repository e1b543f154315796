package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.gugus.agency.Agency;
import id.gugus.error.NotFoundException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Units of work on a database transaction bound to the thread: an exception rolls back every
 * write and reaches the caller unchanged; a unit started inside another joins it; other threads
 * do not see a unit's writes before it commits.
 */
class UnitOfWorkTest {
    abstract static class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        @Test
        void anExceptionRollsEverythingBackAndPropagatesUnchanged() {
            NotFoundException thrown = new NotFoundException("Agency", "x");
            Throwable caught = catchThrowable(() -> backend.inUnitOfWork(() -> {
                backend.agencies().insert(Fixtures.agency("Polda Kalbar", Fixtures.KALBAR));
                backend.cases().insert(Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, java.time.LocalDate.of(2025, 1, 1)));
                throw thrown;
            }));
            assertThat(caught).isSameAs(thrown);
            assertThat(backend.agencies().inSubtree(Fixtures.KALBAR)).isEmpty();
            assertThat(backend.cases().count(id.gugus.cases.CaseQuery.all())).isZero();
        }

        @Test
        void anErrorRollsBackToo() {
            AssertionError thrown = new AssertionError("boom");
            Throwable caught = catchThrowable(() -> backend.inUnitOfWork(() -> {
                backend.agencies().insert(Fixtures.agency("Polda Kalbar", Fixtures.KALBAR));
                throw thrown;
            }));
            assertThat(caught).isSameAs(thrown);
            assertThat(backend.agencies().inSubtree(Fixtures.KALBAR)).isEmpty();
        }

        @Test
        void anInnerUnitJoinsTheOuterOneAndCommitsWithIt() {
            Agency inner = Fixtures.agency("Dinas PPPA", Fixtures.KALBAR);
            String result = backend.inUnitOfWork(() -> {
                backend.agencies().insert(Fixtures.agency("Polda Kalbar", Fixtures.KALBAR));
                catchThrowable(() -> backend.inUnitOfWork(() -> {
                    backend.agencies().insert(inner);
                    throw new IllegalStateException("caught by the outer unit");
                }));
                return "done";
            });
            assertThat(result).isEqualTo("done");
            assertThat(backend.agencies().inSubtree(Fixtures.KALBAR)).hasSize(2).contains(inner);
        }

        @Test
        void anOuterFailureUndoesWhatAnInnerUnitWrote() {
            catchThrowable(() -> backend.inUnitOfWork(() -> {
                backend.inUnitOfWork(() -> {
                    backend.agencies().insert(Fixtures.agency("Dinas PPPA", Fixtures.KALBAR));
                    return null;
                });
                throw new IllegalStateException("outer fails after the inner unit finished");
            }));
            assertThat(backend.agencies().inSubtree(Fixtures.KALBAR)).isEmpty();
        }

        @Test
        void otherThreadsDoNotSeeUncommittedWrites() {
            Agency agency = Fixtures.agency("Polda Kalbar", Fixtures.KALBAR);
            backend.inUnitOfWork(() -> {
                backend.agencies().insert(agency);
                assertThat(backend.agencies().find(agency.id())).as("this thread, inside the unit").contains(agency);
                List<Agency> seenElsewhere = CompletableFuture.supplyAsync(() -> backend.agencies().inSubtree(Fixtures.KALBAR)).join();
                assertThat(seenElsewhere).as("another thread, before commit").isEmpty();
                return null;
            });
            assertThat(CompletableFuture.supplyAsync(() -> backend.agencies().find(agency.id())).join()).contains(agency);
        }

        @Test
        void updatesAndDeletesHonourTheExpectedVersion() {
            Agency agency = Fixtures.agency("Polda Kalbar", Fixtures.KALBAR);
            backend.agencies().insert(agency);
            Agency renamed = agency.withName("Polda Kalimantan Barat").withVersion(2);

            assertThat(backend.agencies().update(renamed, 2)).as("stale expected version").isFalse();
            assertThat(backend.agencies().find(agency.id())).contains(agency);
            assertThat(backend.agencies().update(renamed, 1)).isTrue();
            assertThat(backend.agencies().find(agency.id())).contains(renamed);
            assertThat(backend.agencies().delete(agency.id(), 1)).as("stale version").isFalse();
            assertThat(backend.agencies().delete(agency.id(), 2)).isTrue();
            assertThat(backend.agencies().find(agency.id())).isEmpty();
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
