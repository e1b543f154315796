package id.gugus.spring.boot;

import id.gugus.spi.StorageBackend;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.store.GugusStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.annotation.RequestScope;

/**
 * What sits on the store {@link GugusAutoConfiguration} made: the caller's view per HTTP request
 * ({@link GugusRequestStore}) and the health indicator. A configuration of its own, after that
 * one, so that its conditions see the store's beans.
 */
@AutoConfiguration(after = GugusAutoConfiguration.class)
public class GugusIntegrationAutoConfiguration {
    /** Made by the auto-configuration only. */
    public GugusIntegrationAutoConfiguration() {}

    /** The health of the store, with Actuator's health on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Health {
        @Bean
        @ConditionalOnMissingBean(name = "gugusHealthIndicator")
        @ConditionalOnBean(StorageBackend.class)
        GugusHealthIndicator gugusHealthIndicator(StorageBackend backend) {
            return new GugusHealthIndicator(backend, backend instanceof InMemoryBackend ? "memory" : "jdbc");
        }
    }

    /** The caller's view of the store, per request, in a servlet web application. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Requests {
        @Bean
        @RequestScope
        @ConditionalOnMissingBean
        @ConditionalOnBean({GugusStore.class, GugusActorResolver.class})
        GugusRequestStore gugusRequestStore(GugusStore gugusStore, GugusActorResolver actors) {
            return new GugusRequestStore(gugusStore, actors);
        }
    }
}
