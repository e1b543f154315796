package id.gugus.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.storage.jdbc.JdbcBackend;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What the starter logs while it opens a keyed store: the key's id, never its material. The
 * tests log through slf4j-simple, which writes to {@code System.err} as it is at each line.
 */
class NoKeysInLogsTest {
    @Test
    void theStartUpLineNamesTheKeyIdAndNoKeyMaterial() {
        String aes = GugusAutoConfigurationTest.base64(7);
        String hmac = GugusAutoConfigurationTest.base64(9);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(GugusAutoConfiguration.class))
                    .withBean(DataSource.class, GugusAutoConfigurationTest::h2)
                    .withPropertyValues("gugus.schema.migrate=true", "gugus.personal-data.keys[0].id=k-log",
                            "gugus.personal-data.keys[0].aes-key=" + aes, "gugus.personal-data.keys[0].hmac-key=" + hmac)
                    .run(context -> assertThat(context).hasSingleBean(JdbcBackend.class));
        } finally {
            System.setErr(before);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("Gugus store: JDBC on H2", "key k-log").doesNotContain(aes, hmac);
    }
}
