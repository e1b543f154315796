package id.gugus.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.cases.CaseQuery;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.PageRequest;
import id.gugus.error.AccessDeniedException;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The metrics of the store's calls: counts, latency, refusals by rule; no personal data in any meter. */
class ObservedBackendTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(GugusAutoConfiguration.class))
            .withBean(Clock.class, () -> TckFixtures.CLOCK)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("gugus.store=memory");

    @Test
    void everyCallIsTimedByAggregateAndOperationAndEveryRefusalCountedByRule() {
        runner.run(context -> {
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            GugusStore system = context.getBean(GugusStore.class);
            system.jurisdictions().importAll(TckFixtures.areas());
            TraffickingCase saved = system.cases()
                    .save(TckFixtures.simpleCase("LP/B/9/III/2026/SPKT/POLDA KALBAR", TckFixtures.TODAY.minusDays(3))).stored();
            GugusStore worker = system.as(Actor.of("dp3a-kalbar/siti", TckFixtures.KALBAR, Role.CASE_WORKER));
            worker.cases().get(saved.id());
            worker.cases().query(CaseQuery.all(), PageRequest.first(10));
            GugusStore outside = system.as(Actor.of("dp3a-ntt/ani", TckFixtures.NTT, Role.CASE_WORKER));
            assertThatThrownBy(() -> outside.cases().get(saved.id())).isInstanceOf(AccessDeniedException.class);

            assertThat(meters.get(ObservedBackend.CALLS).tags("gugus.aggregate", "TraffickingCase", "gugus.operation", "insert")
                    .timer().count()).isEqualTo(1);
            assertThat(meters.get(ObservedBackend.CALLS).tags("gugus.aggregate", "TraffickingCase", "gugus.operation", "query")
                    .timer().count()).isEqualTo(1);
            assertThat(meters.get(ObservedBackend.CALLS).tags("gugus.aggregate", "TraffickingCase", "gugus.operation", "find")
                    .timer().count()).isGreaterThanOrEqualTo(2);
            assertThat(meters.get(ObservedBackend.REFUSALS).tags("rule", "ACCESS-SCOPE", "action", "READ")
                    .counter().count()).isEqualTo(1);

            // Tags name types, operations, rules and outcomes: never the case's number, id, or a person.
            for (Meter meter : meters.getMeters()) {
                for (Tag tag : meter.getId().getTags()) {
                    assertThat(tag.getValue()).doesNotContain("LP/B/9", saved.id().toString(), "siti", "ani");
                }
            }
        });
    }

    @Test
    void withoutARegistryTheBackendIsNotWrapped() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(GugusAutoConfiguration.class))
                .withPropertyValues("gugus.store=memory")
                .run(context -> assertThat(context).hasSingleBean(GugusStore.class));
    }
}
