package id.gugus.examples.casedesk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The case desk on the real PostgreSQL (GUGUS_PG_URL/USER/PASSWORD, by default
 * 127.0.0.1:5432/test as postgres), in a fresh schema dropped afterwards. An unreachable server
 * skips the class with a message naming it, unless GUGUS_REQUIRE_DATABASES=true, which makes it
 * a failure (as the store's own database tests do).
 */
@SpringBootTest(properties = {"gugus.schema.migrate=true", "casedesk.import-areas=false"})
@AutoConfigureMockMvc
@DirtiesContext
class CaseDeskOnPostgresTest extends CaseDeskContract {
    private static final String URL = env("GUGUS_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("GUGUS_PG_USER", "postgres");
    private static final String PASSWORD = env("GUGUS_PG_PASSWORD", "");
    private static final String SCHEMA = "casedesk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    @BeforeAll
    static void schema() {
        admin("CREATE SCHEMA " + SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        admin("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        properties.add("spring.datasource.username", () -> USER);
        properties.add("spring.datasource.password", () -> PASSWORD);
    }

    private static void admin(String sql) {
        Connection connection;
        try {
            connection = DriverManager.getConnection(URL, USER, PASSWORD);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + URL + " (user " + USER
                    + "; set GUGUS_PG_URL/_USER/_PASSWORD): " + e.getMessage();
            if ("true".equals(env("GUGUS_REQUIRE_DATABASES", "false").toLowerCase(Locale.ROOT))) {
                throw new AssertionError(message + " — GUGUS_REQUIRE_DATABASES=true, so this is a failure", e);
            }
            assumeTrue(false, "SKIPPED: " + message);
            return;
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL + ": " + sql + " failed", e);
        }
    }
}
