package id.gugus.examples.kalbar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

class ScenarioOptionsTest {

    @Test
    void withoutOptionsItIsTheEmbeddedH2FileInGugusData() {
        ScenarioOptions o = ScenarioOptions.parse();
        assertThat(o.storage()).isEqualTo(ScenarioOptions.Storage.H2_FILE);
        assertThat(o.dataDir()).isEqualTo(Path.of("gugus-data"));
        assertThat(o.help()).isFalse();
        assertThat(o.allVillages()).isFalse();
    }

    @Test
    void aJdbcUrlWithItsUserAndPassword() {
        ScenarioOptions o = ScenarioOptions.parse("--jdbc-url", "jdbc:postgresql://127.0.0.1:5432/test",
                "--user", "postgres", "--password", "secret", "--all-villages");
        assertThat(o.storage()).isEqualTo(ScenarioOptions.Storage.JDBC_URL);
        assertThat(o.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(o.user()).isEqualTo("postgres");
        assertThat(o.password()).isEqualTo("secret");
        assertThat(o.allVillages()).isTrue();
    }

    @Test
    void villagesComeFromTheArtifactUnlessAreasNamesAFolder() {
        assertThat(ScenarioOptions.parse().villagesFile()).isEmpty();
        assertThat(ScenarioOptions.parse("--areas", "data/idn-area").villagesFile())
                .contains(Path.of("data", "idn-area", "villages.csv"));
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> ScenarioOptions.parse("--memroy")).hasMessage("unknown option --memroy");
        assertThatThrownBy(() -> ScenarioOptions.parse("--jdbc-url")).hasMessage("--jdbc-url needs a value");
        assertThatThrownBy(() -> ScenarioOptions.parse("--memory", "--jdbc-url", "jdbc:h2:mem:x"))
                .hasMessage("choose one storage: --memory, --data-dir or --jdbc-url");
        assertThatThrownBy(() -> ScenarioOptions.parse("--memory", "--user", "root"))
                .hasMessage("--user and --password go with --jdbc-url");
    }

    @Test
    void helpListsEveryOption() {
        assertThat(ScenarioOptions.parse("--help").help()).isTrue();
        assertThat(ScenarioOptions.usage()).contains("--memory", "--data-dir", "--jdbc-url", "--user", "--password",
                "--areas", "--all-villages", "--help");
    }

    @Test
    void theDialectFollowsTheUrl() {
        assertThat(ScenarioStore.dialectOf("jdbc:h2:mem:x")).isEqualTo(SQLDialect.H2);
        assertThat(ScenarioStore.dialectOf("jdbc:postgresql://h/db")).isEqualTo(SQLDialect.POSTGRES);
        assertThat(ScenarioStore.dialectOf("jdbc:mariadb://h/db")).isEqualTo(SQLDialect.MARIADB);
        assertThatThrownBy(() -> ScenarioStore.dialectOf("jdbc:oracle:thin:@h:1521/db?password=x"))
                .hasMessageContaining("use a jdbc:h2:, jdbc:postgresql: or jdbc:mariadb: URL")
                .hasMessageNotContaining("password=x");
    }
}
