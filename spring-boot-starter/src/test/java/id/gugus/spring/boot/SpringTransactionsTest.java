package id.gugus.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditOutcome;
import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseId;
import id.gugus.cases.TraffickingCase;
import id.gugus.error.AccessDeniedException;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JDBC store inside the application's Spring-managed transactions (what a
 * {@code @Transactional} method does, here through a {@link TransactionTemplate} on the same
 * transaction manager): its units of work join them, and the audit log follows them.
 */
class SpringTransactionsTest {
    private static final Actor CASE_WORKER = Actor.of("dp3a-kalbar/siti", TckFixtures.KALBAR, Role.CASE_WORKER);
    private static final Actor VIEWER = Actor.of("bappeda-kalbar/statistik", TckFixtures.KALBAR, Role.VIEWER);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(GugusAutoConfiguration.class))
            .withBean(Clock.class, () -> TckFixtures.CLOCK)
            .withBean(DataSource.class, GugusAutoConfigurationTest::h2)
            .withUserConfiguration(Transactions.class)
            .withPropertyValues("gugus.schema.migrate=true");

    /** The application's transaction manager, as Boot's DataSourceTransactionManagerAutoConfiguration makes it. */
    @Configuration(proxyBeanMethods = false)
    static class Transactions {
        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }
    }

    private static List<AuditEntry> audit(GugusStore system) {
        return system.auditLog().stream(AuditQuery.all()).toList();
    }

    @Test
    void aChangeAndItsAuditEntryRollBackWithTheApplicationsTransaction() {
        runner.run(context -> {
            GugusStore system = context.getBean(GugusStore.class);
            system.jurisdictions().importAll(TckFixtures.areas());
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            TraffickingCase draft = TckFixtures.simpleCase("LP/B/1/III/2026/SPKT/POLDA KALBAR", TckFixtures.TODAY.minusDays(3));
            int before = audit(system).size();

            tx.executeWithoutResult(status -> {
                system.as(CASE_WORKER).cases().save(draft);   // the store's own unit of work: a savepoint here
                assertThat(system.cases().find(draft.id())).isPresent();
                status.setRollbackOnly();                      // the application's method fails afterwards
            });

            assertThat(system.cases().find(draft.id())).isEmpty();
            // The change's entry went with it; the read of the case's personal data inside the
            // transaction stays audited (see the last test).
            List<AuditEntry> after = audit(system);
            assertThat(after.subList(before, after.size()))
                    .extracting(AuditEntry::action, AuditEntry::actorId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.READ_PERSONAL_DATA, "system"));
        });
    }

    @Test
    void aChangeCommitsWithTheApplicationsTransactionAndNotBefore() {
        runner.run(context -> {
            GugusStore system = context.getBean(GugusStore.class);
            system.jurisdictions().importAll(TckFixtures.areas());
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            TraffickingCase draft = TckFixtures.simpleCase("LP/B/2/III/2026/SPKT/POLDA KALBAR", TckFixtures.TODAY.minusDays(3));

            tx.executeWithoutResult(status -> system.as(CASE_WORKER).cases().save(draft));

            assertThat(system.cases().get(draft.id()).version()).isEqualTo(1);
            assertThat(audit(system)).filteredOn(e -> e.action() == AuditAction.CREATE).hasSize(1);
        });
    }

    /**
     * Reads of personal data and refusals are audited whatever happens next
     * (docs/privacy-and-security.md): the store commits their entries on a connection of its own
     * from the plain pool before it hands anything out, so the application's rollback does not
     * take them with it.
     */
    @Test
    void readsOfPersonalDataAndRefusalsStayAuditedWhenTheApplicationsTransactionRollsBack() {
        runner.run(context -> {
            GugusStore system = context.getBean(GugusStore.class);
            system.jurisdictions().importAll(TckFixtures.areas());
            TraffickingCase saved = system.cases()
                    .save(TckFixtures.simpleCase("LP/B/3/III/2026/SPKT/POLDA KALBAR", TckFixtures.TODAY.minusDays(3))).stored();
            CaseId id = saved.id();
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            int before = audit(system).size();

            tx.executeWithoutResult(status -> {
                system.as(CASE_WORKER).cases().get(id);       // a read of personal data: audited
                assertThatThrownBy(() -> system.as(VIEWER).cases().get(id))
                        .isInstanceOf(AccessDeniedException.class);
                status.setRollbackOnly();
            });

            List<AuditEntry> after = audit(system);
            assertThat(after.subList(before, after.size()))
                    .extracting(AuditEntry::action, AuditEntry::outcome)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(AuditAction.READ_PERSONAL_DATA, AuditOutcome.ALLOWED),
                            org.assertj.core.groups.Tuple.tuple(AuditAction.READ, AuditOutcome.DENIED));
        });
    }
}
