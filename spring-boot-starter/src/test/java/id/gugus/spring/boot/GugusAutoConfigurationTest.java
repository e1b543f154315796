package id.gugus.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.spi.StorageBackend;
import id.gugus.storage.jdbc.JdbcBackend;
import id.gugus.storage.jdbc.PersonalDataKeyRing;
import id.gugus.storage.jdbc.PersonalDataKeys;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What the starter makes from the application's beans and {@code gugus.*} properties. */
class GugusAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(GugusAutoConfiguration.class, GugusIntegrationAutoConfiguration.class))
            .withBean(Clock.class, () -> TckFixtures.CLOCK);

    static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    static String base64(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void theJdbcStoreOnTheApplicationsDataSourceWithTheDialectDetectedAndTheSchemaMigrated() {
        runner.withBean(DataSource.class, GugusAutoConfigurationTest::h2)
                .withPropertyValues("gugus.schema.migrate=true")
                .run(context -> {
                    assertThat(context).hasSingleBean(JdbcBackend.class).hasSingleBean(GugusStore.class);
                    JdbcBackend backend = context.getBean(JdbcBackend.class);
                    assertThat(backend.config().dialect()).isEqualTo(SQLDialect.H2);
                    GugusStore store = context.getBean(GugusStore.class);
                    store.jurisdictions().importAll(TckFixtures.areas());
                    assertThat(store.jurisdictions().count()).isEqualTo(TckFixtures.AREA_COUNT);
                    assertThat(store.clock()).isSameAs(TckFixtures.CLOCK);
                    Health health = context.getBean(GugusHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails()).containsEntry("store", "jdbc")
                            .containsEntry("jurisdictions", (long) TckFixtures.AREA_COUNT);
                });
    }

    @Test
    void withoutMigrationTheSchemaIsLeftAloneAndTheHealthIsDown() {
        runner.withBean(DataSource.class, GugusAutoConfigurationTest::h2)
                .run(context -> {
                    assertThat(context).hasSingleBean(JdbcBackend.class);
                    Health health = context.getBean(GugusHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    // The class of the failure, never its message (which may quote a statement's values).
                    assertThat(health.getDetails().get("error").toString()).startsWith("id.gugus.error.");
                });
    }

    @Test
    void theInMemoryStoreWhenAskedFor() {
        runner.withBean(DataSource.class, GugusAutoConfigurationTest::h2)
                .withPropertyValues("gugus.store=memory")
                .run(context -> {
                    assertThat(context).hasSingleBean(InMemoryBackend.class).doesNotHaveBean(JdbcBackend.class);
                    assertThat(context.getBean(GugusHealthIndicator.class).health().getDetails())
                            .containsEntry("store", "memory");
                });
    }

    @Test
    void noDataSourceNoStore() {
        runner.run(context -> assertThat(context).doesNotHaveBean(StorageBackend.class)
                .doesNotHaveBean(GugusStore.class).doesNotHaveBean(GugusHealthIndicator.class));
    }

    @Test
    void anApplicationsOwnBackendIsUsed() {
        InMemoryBackend own = new InMemoryBackend();
        runner.withBean(StorageBackend.class, () -> own)
                .run(context -> assertThat(context).hasSingleBean(StorageBackend.class).hasSingleBean(GugusStore.class));
    }

    @Test
    void personalDataKeysFromPropertiesTheFirstCurrentAndNeverInTheirToString() {
        runner.withBean(DataSource.class, GugusAutoConfigurationTest::h2)
                .withPropertyValues("gugus.schema.migrate=true",
                        "gugus.personal-data.keys[0].id=k2", "gugus.personal-data.keys[0].aes-key=" + base64(2),
                        "gugus.personal-data.keys[0].hmac-key=" + base64(3),
                        "gugus.personal-data.keys[1].id=k1", "gugus.personal-data.keys[1].aes-key=" + base64(4),
                        "gugus.personal-data.keys[1].hmac-key=" + base64(5))
                .run(context -> {
                    PersonalDataKeyRing ring = context.getBean(JdbcBackend.class).config().personalDataKeyRing();
                    assertThat(ring.current().keyId()).isEqualTo("k2");
                    assertThat(ring.older()).extracting(PersonalDataKeys::keyId).containsExactly("k1");
                    String shown = context.getBean(GugusProperties.class) + " " + context.getBean(GugusKeyProvider.class);
                    assertThat(shown).contains("k2", "k1").doesNotContain(base64(2), base64(3), base64(4), base64(5));
                });
    }

    @Test
    void aKeyThatIsNotBase64FailsTheStartNamingThePropertyNotTheValue() {
        runner.withBean(DataSource.class, GugusAutoConfigurationTest::h2)
                .withPropertyValues("gugus.personal-data.keys[0].id=k1", "gugus.personal-data.keys[0].aes-key=s3cr3t!value",
                        "gugus.personal-data.keys[0].hmac-key=" + base64(5))
                .run(context -> {
                    assertThat(context).hasFailed();
                    Throwable failure = context.getStartupFailure();
                    StringBuilder all = new StringBuilder();
                    for (Throwable t = failure; t != null; t = t.getCause()) {
                        all.append(t.getMessage()).append('\n');
                    }
                    assertThat(all).contains("gugus.personal-data.keys[0].aes-key is not Base64").doesNotContain("s3cr3t");
                });
    }

    @Test
    void aKeyProviderBeanTakesPrecedenceOverTheProperties() {
        PersonalDataKeys kms = PersonalDataKeys.generate("kms-2026");
        runner.withBean(DataSource.class, GugusAutoConfigurationTest::h2)
                .withBean(GugusKeyProvider.class, () -> () -> Optional.of(PersonalDataKeyRing.of(kms)))
                .withPropertyValues("gugus.schema.migrate=true", "gugus.personal-data.keys[0].id=ignored",
                        "gugus.personal-data.keys[0].aes-key=" + base64(2), "gugus.personal-data.keys[0].hmac-key=" + base64(3))
                .run(context -> assertThat(context.getBean(JdbcBackend.class).config().personalDataKeys().keyId())
                        .isEqualTo("kms-2026"));
    }

    @Test
    void anExplicitDialectWins() {
        runner.withBean(DataSource.class, GugusAutoConfigurationTest::h2)
                .withPropertyValues("gugus.jdbc.dialect=postgres")
                .run(context -> assertThat(context.getBean(JdbcBackend.class).config().dialect())
                        .isEqualTo(SQLDialect.POSTGRES));
    }
}
