package id.gugus.spring.boot;

import id.gugus.spi.StorageBackend;
import id.gugus.storage.jdbc.GugusSchema;
import id.gugus.storage.jdbc.JdbcBackend;
import id.gugus.storage.jdbc.JdbcStoreConfig;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.store.GugusStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Gugus store in a Spring Boot application (README, "Spring Boot").
 *
 * <ul>
 *   <li>{@link StorageBackend}: the JDBC store on the application's {@code DataSource}, its dialect
 *       detected (H2, PostgreSQL, MariaDB), its units of work joined to Spring's transactions; or
 *       the in-memory store with {@code gugus.store=memory}. Declare a {@code StorageBackend} bean
 *       to use another.
 *   <li>{@link GugusStore}: the store on that back-end, acting as the application itself
 *       ({@code Actor.SYSTEM}), observed with Micrometer when a registry is there.
 *   <li>{@link GugusRequestStore}: the caller's view, per HTTP request, its actor from
 *       {@link GugusActorResolver} (by default from Spring Security).
 *   <li>{@link GugusKeyProvider}: the personal-data keys, from {@code gugus.personal-data.keys}.
 * </ul>
 *
 * <p>{@link GugusRequestStore} and {@link GugusHealthIndicator} come from
 * {@link GugusIntegrationAutoConfiguration}, which runs after this one.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@EnableConfigurationProperties(GugusProperties.class)
public class GugusAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(GugusAutoConfiguration.class);

    /** Made by the auto-configuration only. */
    public GugusAutoConfiguration() {}

    /** The keys of {@code gugus.personal-data.keys}, unless the application declares its own provider. */
    @Bean
    @ConditionalOnMissingBean
    public GugusKeyProvider gugusKeyProvider(GugusProperties properties) {
        return new PropertiesKeyProvider(properties.getPersonalData().getKeys());
    }

    /** The in-memory back-end, with {@code gugus.store=memory}. */
    @Bean
    @ConditionalOnMissingBean(StorageBackend.class)
    @ConditionalOnProperty(name = "gugus.store", havingValue = "memory")
    public InMemoryBackend gugusMemoryBackend() {
        LOG.info("Gugus store: in memory (gugus.store=memory); it does not join Spring transactions");
        return new InMemoryBackend();
    }

    /**
     * The JDBC back-end on the application's DataSource. Its connections come through a
     * {@link TransactionAwareDataSourceProxy} and its transactions from the application's
     * transaction manager (or one of its own on the DataSource), with {@code PROPAGATION_NESTED}:
     * inside a {@code @Transactional} method a unit of work is a savepoint of that transaction.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(StorageBackend.class)
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnProperty(name = "gugus.store", havingValue = "jdbc", matchIfMissing = true)
    public JdbcBackend gugusJdbcBackend(DataSource dataSource, ObjectProvider<PlatformTransactionManager> transactions,
            GugusProperties properties, GugusKeyProvider keys, ObjectProvider<Clock> clock) {
        SQLDialect dialect = properties.getJdbc().getDialect() == null
                ? DialectDetection.of(dataSource)
                : DialectDetection.of(properties.getJdbc().getDialect());
        if (properties.getSchema().isMigrate()) {
            GugusSchema.migrate(dataSource, dialect);
        }
        PlatformTransactionManager manager = transactions.getIfUnique(() -> new DataSourceTransactionManager(dataSource));
        DefaultConfiguration jooq = new DefaultConfiguration();
        jooq.set(dialect);
        jooq.set(new DataSourceConnectionProvider(new TransactionAwareDataSourceProxy(dataSource)));
        jooq.set(new SpringTransactionProvider(manager));
        JdbcStoreConfig config = JdbcStoreConfig.of(dialect)
                .withBatchSize(properties.getJdbc().getBatchSize())
                .withPersonalDataKeyRing(keys.keyRing().orElse(null));
        Clock utc = clock.getIfAvailable();
        if (utc != null) {
            config = config.withClock(utc);
        }
        LOG.info("Gugus store: JDBC on {} (schema migration {}, personal data {})", dialect.getName(),
                properties.getSchema().isMigrate() ? "on" : "off",
                config.personalDataKeyRing() == null ? "in plain columns" : "encrypted, key " + config.personalDataKeys().keyId());
        // The plain pool for the audit entries that must outlast the application's transaction.
        return JdbcBackend.create(DSL.using(jooq), config, dataSource);
    }

    /**
     * The store, acting as the application itself: for jobs and imports. Requests use
     * {@link GugusRequestStore}. Its clock is the application's {@link Clock} bean if it has one.
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(StorageBackend.class)
    public GugusStore gugusStore(StorageBackend backend, ObjectProvider<Clock> clock,
            ObjectProvider<GugusBackendDecorator> decorators) {
        StorageBackend decorated = backend;
        for (GugusBackendDecorator decorator : decorators.orderedStream().toList()) {
            decorated = decorator.decorate(decorated);
        }
        return GugusStore.on(decorated, clock.getIfAvailable(Clock::systemDefaultZone));
    }

    /** Observations and refusal counts, with Micrometer on the class path and a registry in the context. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"io.micrometer.observation.ObservationRegistry", "io.micrometer.core.instrument.MeterRegistry"})
    static class Metrics {
        @Bean
        @ConditionalOnMissingBean(name = "gugusObservation")
        GugusBackendDecorator gugusObservation(ObjectProvider<ObservationRegistry> observations,
                ObjectProvider<MeterRegistry> meters) {
            return backend -> {
                MeterRegistry meterRegistry = meters.getIfUnique();
                ObservationRegistry registry = observations.getIfUnique(() -> {
                    if (meterRegistry == null) {
                        return ObservationRegistry.NOOP;
                    }
                    // No observation registry of the application's: timers straight to its meters.
                    ObservationRegistry own = ObservationRegistry.create();
                    own.observationConfig().observationHandler(new DefaultMeterObservationHandler(meterRegistry));
                    return own;
                });
                if (registry.isNoop() && meterRegistry == null) {
                    return backend;
                }
                return new ObservedBackend(backend, registry, meterRegistry);
            };
        }
    }

    /** The actor from Spring Security, with Spring Security on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.core.Authentication")
    static class Security {
        @Bean
        @ConditionalOnMissingBean
        GugusActorResolver gugusActorResolver(GugusProperties properties) {
            return new AuthenticationActors(properties.getSecurity().getRolePrefix(),
                    properties.getSecurity().getScopeAttribute());
        }
    }
}
