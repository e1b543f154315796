package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.jurisdiction.Jurisdiction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Construction of the backend: configuration, explicit migrations, the embedded H2 conveniences. */
class BackendConfigTest {
    @Test
    void theDefaultConfigurationNeverMigrates() {
        JdbcStoreConfig config = JdbcStoreConfig.of(SQLDialect.POSTGRES);
        assertThat(config.migrateOnStart()).isFalse();
        assertThat(config.batchSize()).isEqualTo(JdbcStoreConfig.DEFAULT_BATCH_SIZE);
        assertThat(config.withBatchSize(50).withMigrateOnStart(true).withDialect(SQLDialect.MARIADB))
                .isEqualTo(new JdbcStoreConfig(SQLDialect.MARIADB, true, 50, config.clock(), null));
        assertThat(config.personalDataKeys()).as("no encryption unless keys are given").isNull();
        assertThat(config.withClock(Clock.systemDefaultZone()).clock()).isEqualTo(Clock.systemDefaultZone());
    }

    @Test
    void aDialectWithoutShippedScriptsOrABadBatchSizeIsRefused() {
        assertThatThrownBy(() -> JdbcStoreConfig.of(SQLDialect.SQLITE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SQLITE");
        assertThatThrownBy(() -> JdbcStoreConfig.of(SQLDialect.H2).withBatchSize(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(GugusSchema.location(SQLDialect.POSTGRES)).isEqualTo("classpath:db/gugus/postgres");
        assertThat(GugusSchema.location(SQLDialect.MARIADB)).isEqualTo("classpath:db/gugus/mariadb");
    }

    @Test
    void creatingABackendLeavesTheSchemaAloneUnlessTheConfigurationSaysMigrate() throws SQLException {
        JdbcDataSource untouched = h2("untouched");
        JdbcBackend.create(untouched, SQLDialect.H2);
        assertThat(tables(untouched)).isEmpty();

        JdbcDataSource migrated = h2("migrated");
        JdbcBackend backend = JdbcBackend.create(migrated, JdbcStoreConfig.of(SQLDialect.H2).withMigrateOnStart(true));
        assertThat(tables(migrated)).contains("trafficking_case", GugusSchema.HISTORY_TABLE);
        backend.jurisdictions().importAll(List.of(Jurisdiction.of("61", "Kalimantan Barat")));
        assertThat(GugusSchema.migrate(migrated, SQLDialect.H2)).as("already up to date").isZero();
    }

    @Test
    void theSchemaMigratesBesideTheApplicationsOwnTables() throws SQLException {
        JdbcDataSource shared = h2("shared");
        try (Connection c = shared.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE app_user (id INT PRIMARY KEY)");
        }
        assertThat(GugusSchema.migrate(shared, SQLDialect.H2)).as("V1 to V7").isEqualTo(7);
        assertThat(tables(shared)).contains("app_user", "trafficking_case", "jurisdiction");
    }

    @Test
    void aBackendOnTheApplicationsDslContextWorks() {
        JdbcDataSource ds = h2("dsl");
        JdbcBackend backend = JdbcBackend.create(DSL.using(ds, SQLDialect.H2), JdbcStoreConfig.of(SQLDialect.H2).withMigrateOnStart(true));
        backend.jurisdictions().importAll(List.of(Jurisdiction.of("61", "Kalimantan Barat")));
        assertThat(JdbcBackend.create(DSL.using(ds, SQLDialect.H2)).jurisdictions().count()).isEqualTo(1);
    }

    @Test
    void migratingOnADslContextWithoutADataSourceIsRefused() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:conn", "sa", "")) {
            assertThatThrownBy(() -> JdbcBackend.create(DSL.using(c, SQLDialect.H2),
                    JdbcStoreConfig.of(SQLDialect.H2).withMigrateOnStart(true)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GugusSchema.migrate");
        }
    }

    @Test
    void theEmbeddedFileKeepsItsDataAcrossRestarts(@TempDir Path dir) {
        try (JdbcBackend first = JdbcBackend.h2File(dir)) {
            first.jurisdictions().importAll(List.of(Jurisdiction.of("61", "Kalimantan Barat")));
        }
        assertThat(dir.resolve("gugus.mv.db")).exists();
        try (JdbcBackend again = JdbcBackend.h2File(dir)) {
            assertThat(again.jurisdictions().find(Fixtures.KALBAR)).contains(Jurisdiction.of("61", "Kalimantan Barat"));
        }
    }

    @Test
    void anInMemoryDatabaseLivesUntilTheBackendCloses() {
        try (JdbcBackend first = JdbcBackend.h2InMemory("config-test")) {
            first.jurisdictions().importAll(List.of(Jurisdiction.of("61", "Kalimantan Barat")));
            assertThat(first.jurisdictions().count()).isEqualTo(1);
        }
        try (JdbcBackend again = JdbcBackend.h2InMemory("config-test")) {
            assertThat(again.jurisdictions().count()).isZero();
        }
    }

    private static JdbcDataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    private static List<String> tables(JdbcDataSource ds) {
        return DSL.using(ds, SQLDialect.H2).meta().getTables().stream()
                .filter(t -> t.getSchema() != null && t.getSchema().getName().equals("PUBLIC"))
                .map(t -> t.getName().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }
}
