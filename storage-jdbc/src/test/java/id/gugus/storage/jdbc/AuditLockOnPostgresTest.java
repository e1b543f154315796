package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.PageRequest;
import id.gugus.error.StorageException;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.storage.tck.TckPeople;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.store.GugusStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit log cannot be written (issue #11): another session holds {@code audit_entry} locked,
 * and the store's sessions wait at most a lock timeout. Every call that must be audited fails
 * cleanly with a {@link StorageException}: a read of personal data hands nothing out, a change is
 * not kept without its entry, inside a unit of work or not. The lock timeout keeps the test from
 * hanging.
 */
class AuditLockOnPostgresTest extends DatabaseTest {
    private static final Actor WORKER = Actor.of("dp3a-kalbar/siti", Fixtures.KALBAR, Role.CASE_WORKER);

    AuditLockOnPostgresTest() {
        super(TestDatabase.Kind.POSTGRES);
    }

    @Test
    void everyAuditedCallFailsCleanlyWhileTheAuditLogIsLocked() throws SQLException {
        GugusStore system = GugusStore.on(backend, TckFixtures.CLOCK);
        system.jurisdictions().importAll(TckFixtures.areas());
        TraffickingCase stored = system.cases().save(
                TckPeople.caseWith("LP/B/1/2025", TckFixtures.KOTA_PONTIANAK, TckPeople.victim())).stored();
        TraffickingCase fresh = TckPeople.caseWith("LP/B/2/2025", TckFixtures.KOTA_PONTIANAK, TckPeople.victim());
        HikariDataSource pool = (HikariDataSource) database.dataSource();
        HikariConfig waitingBriefly = new HikariConfig();
        waitingBriefly.setJdbcUrl(pool.getJdbcUrl());
        waitingBriefly.setUsername(pool.getUsername());
        waitingBriefly.setPassword(pool.getPassword());
        waitingBriefly.setMaximumPoolSize(3);
        waitingBriefly.setConnectionInitSql("SET lock_timeout = '1s'");
        List<Object> handedOut = new ArrayList<>();

        try (HikariDataSource impatient = new HikariDataSource(waitingBriefly);
                Connection locker = database.dataSource().getConnection();
                Statement lock = locker.createStatement()) {
            GugusStore worker = GugusStore.on(JdbcBackend.create(impatient, database.dialect()), TckFixtures.CLOCK).as(WORKER);
            locker.setAutoCommit(false);
            lock.execute("SET statement_timeout = '60s'");
            lock.execute("LOCK TABLE audit_entry IN SHARE MODE"); // reads go on; no row can be inserted

            assertThatThrownBy(() -> handedOut.add(worker.cases().get(stored.id()))).isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> handedOut.add(worker.cases().query(CaseQuery.all(), PageRequest.first(10))))
                    .isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> worker.cases().save(fresh)).isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> worker.cases().delete(stored.id(), 1)).isInstanceOf(StorageException.class);
            worker.runInUnitOfWork(s -> {
                assertThatThrownBy(() -> handedOut.add(s.cases().get(stored.id()))).isInstanceOf(StorageException.class);
                assertThatThrownBy(() -> s.cases().save(fresh)).isInstanceOf(StorageException.class);
            });
            locker.rollback();
        }

        assertThat(handedOut).isEmpty();
        assertThat(backend.cases().query(CaseQuery.all(), PageRequest.first(10)).items())
                .extracting(TraffickingCase::id, TraffickingCase::version).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(stored.id(), 1L));
        assertThat(system.cases().find(fresh.id())).isEmpty();
    }
}
