package id.gugus.storage.jdbc;

import id.gugus.error.StorageException;
import id.gugus.spi.ActionPlanStorage;
import id.gugus.spi.AgencyStorage;
import id.gugus.spi.AuditStorage;
import id.gugus.spi.CaseStorage;
import id.gugus.spi.JurisdictionStorage;
import id.gugus.spi.MeetingStorage;
import id.gugus.spi.StorageBackend;
import id.gugus.spi.TaskForceStorage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDBC storage back-end: jOOQ over a {@link DataSource} or {@link DSLContext} that the
 * application supplies, on H2, PostgreSQL or MariaDB. Wrap it with {@code GugusStore}.
 *
 * <pre>{@code
 * JdbcBackend backend = JdbcBackend.create(dataSource, SQLDialect.POSTGRES); // schema already migrated
 * }</pre>
 *
 * <p>The schema comes from the shipped migrations ({@link GugusSchema}); the backend changes it
 * only if its {@link JdbcStoreConfig#migrateOnStart()} says so. A unit of work
 * ({@link #inUnitOfWork}) is one database transaction bound to the calling thread.
 *
 * <p>With {@link JdbcStoreConfig#withPersonalDataKeys personal-data keys}, personal data is
 * encrypted at rest; {@link #rotatePersonalDataKeys} changes the keys. The backend never hands
 * bind values to jOOQ's logging: they hold names and NIKs.
 */
public final class JdbcBackend implements StorageBackend, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcBackend.class);

    private final Database db;
    private final Runnable onClose;
    private final JdbcJurisdictionStorage jurisdictions;
    private final JdbcAgencyStorage agencies;
    private final JdbcTaskForceStorage taskForces;
    private final JdbcCaseStorage cases;
    private final JdbcActionPlanStorage actionPlans;
    private final JdbcMeetingStorage meetings;
    private final JdbcAuditStorage audit;

    private JdbcBackend(DSLContext dsl, JdbcStoreConfig config, Runnable onClose) {
        this(new Database(dsl, config), onClose);
    }

    private JdbcBackend(Database db, Runnable onClose) {
        this.db = db;
        this.onClose = onClose;
        this.jurisdictions = new JdbcJurisdictionStorage(db);
        this.agencies = new JdbcAgencyStorage(db);
        this.taskForces = new JdbcTaskForceStorage(db);
        this.cases = new JdbcCaseStorage(db);
        this.actionPlans = new JdbcActionPlanStorage(db);
        this.meetings = new JdbcMeetingStorage(db);
        this.audit = new JdbcAuditStorage(db);
    }

    /** A backend on the application's data source; the schema must already be there. */
    public static JdbcBackend create(DataSource dataSource, SQLDialect dialect) {
        return create(dataSource, JdbcStoreConfig.of(dialect));
    }

    public static JdbcBackend create(DataSource dataSource, JdbcStoreConfig config) {
        Objects.requireNonNull(dataSource, "dataSource");
        if (config.migrateOnStart()) {
            GugusSchema.migrate(dataSource, config.dialect());
        }
        return new JdbcBackend(DSL.using(dataSource, config.dialect()), config, () -> {});
    }

    /**
     * A backend on the application's jOOQ context (its connection and transaction providers and
     * its dialect); the schema must already be there.
     */
    public static JdbcBackend create(DSLContext dsl) {
        return create(dsl, JdbcStoreConfig.of(dsl.dialect()));
    }

    /**
     * A backend on the application's jOOQ context with the given configuration. To migrate on
     * start, the context must get its connections from a {@link DataSource}.
     */
    public static JdbcBackend create(DSLContext dsl, JdbcStoreConfig config) {
        Objects.requireNonNull(dsl, "dsl");
        if (config.migrateOnStart()) {
            ConnectionProvider provider = dsl.configuration().connectionProvider();
            if (!(provider instanceof DataSourceConnectionProvider fromDataSource)) {
                throw new IllegalArgumentException(
                        "migrate on start needs a DSLContext built on a DataSource; run GugusSchema.migrate yourself");
            }
            GugusSchema.migrate(fromDataSource.dataSource(), config.dialect());
        }
        return new JdbcBackend(dsl, config, () -> {});
    }

    /**
     * A backend on the application's jOOQ context whose connections follow the application's
     * transactions (Spring's {@code TransactionAwareDataSourceProxy}, a transaction provider that
     * joins them), with {@code plainPool}: the same database's pool, unwrapped. The audit entries
     * of reads of personal data and of refusals must be committed before anything is handed out,
     * whatever the caller's transaction does next; on the application's context they would join
     * its transaction and vanish with its rollback, so the backend writes them on a connection of
     * its own from {@code plainPool}, in a transaction of their own. Size the pool for two
     * connections per concurrent request.
     *
     * @param plainPool a {@link DataSource} whose {@code getConnection()} hands out a connection no
     *     application transaction is bound to
     */
    public static JdbcBackend create(DSLContext dsl, JdbcStoreConfig config, DataSource plainPool) {
        Objects.requireNonNull(dsl, "dsl");
        Objects.requireNonNull(plainPool, "plainPool");
        if (config.migrateOnStart()) {
            GugusSchema.migrate(plainPool, config.dialect());
        }
        return new JdbcBackend(new Database(dsl, DSL.using(plainPool, config.dialect()), config), () -> {});
    }

    /**
     * The embedded default: an H2 database in the file {@code gugus.mv.db} of {@code directory},
     * owned by this backend, created and kept up to date with the shipped migrations. Close the
     * backend to release it.
     */
    public static JdbcBackend h2File(Path directory) {
        return h2File(directory, JdbcStoreConfig.of(SQLDialect.H2).withMigrateOnStart(true));
    }

    public static JdbcBackend h2File(Path directory, JdbcStoreConfig config) {
        Path file = directory.toAbsolutePath().resolve("gugus");
        return h2("jdbc:h2:file:" + file, config);
    }

    /**
     * An H2 database in memory, named so that several backends in one JVM can share it, with the
     * schema migrated; it lives until the backend is closed.
     */
    public static JdbcBackend h2InMemory(String name) {
        return h2("jdbc:h2:mem:" + Objects.requireNonNull(name, "name") + ";DB_CLOSE_DELAY=-1",
                JdbcStoreConfig.of(SQLDialect.H2).withMigrateOnStart(true));
    }

    private static JdbcBackend h2(String url, JdbcStoreConfig config) {
        if (config.dialect().family() != SQLDialect.H2) {
            throw new IllegalArgumentException("an H2 database needs SQLDialect.H2, not " + config.dialect());
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            if (config.migrateOnStart()) {
                GugusSchema.migrate(pool, config.dialect());
            }
            boolean inMemory = url.startsWith("jdbc:h2:mem:");
            return new JdbcBackend(DSL.using(pool, config.dialect()), config, () -> {
                if (inMemory) {
                    shutdown(pool);
                }
                pool.dispose();
            });
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static void shutdown(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StorageException("cannot shut the in-memory H2 database down", e);
        }
    }

    /**
     * The configuration this backend runs with now: the one it was created with, with the
     * personal-data keys of its last {@link #rotatePersonalDataKeys rotation}.
     */
    public JdbcStoreConfig config() {
        return db.config();
    }

    @Override
    public JurisdictionStorage jurisdictions() {
        return jurisdictions;
    }

    @Override
    public AgencyStorage agencies() {
        return agencies;
    }

    @Override
    public TaskForceStorage taskForces() {
        return taskForces;
    }

    @Override
    public CaseStorage cases() {
        return cases;
    }

    @Override
    public ActionPlanStorage actionPlans() {
        return actionPlans;
    }

    @Override
    public MeetingStorage meetings() {
        return meetings;
    }

    @Override
    public AuditStorage audit() {
        return audit;
    }

    /**
     * Rotates the personal-data keys to {@code newKeys}: from now on this backend seals and hashes
     * under them, while its key ring keeps the keys it had, so that every row stays readable; then
     * every personal-data row and victim identity still under an older key is sealed and hashed
     * again under {@code newKeys}, a step of cases at a time, each step its own transaction. Other
     * units of work of this backend go on meanwhile (a step holds back only saves of its own
     * cases); they seal under {@code newKeys}.
     *
     * <p><b>Safe to retry, safe to stop.</b> If it fails half-way (a lost connection, a commit lost
     * in flight), the rows are some under the old keys and some under the new, the backend holds
     * both ({@link #config()}{@code .personalDataKeyRing()}) and reads all of them; call it again
     * with the same keys to finish, from this or any backend opened with a ring holding both.
     * {@link #personalDataStatus()} counts the rows under each key: keep every key that has rows,
     * and drop the old keys only once it shows none under them.
     *
     * <p>Other processes writing to the same database must hold the new keys in their ring before
     * the rotation starts (or be stopped): a row one of them seals under the old keys afterwards
     * stays under them until the rotation is run again. Rows in plain text or sealed in the legacy
     * format are refused ({@link #rewritePersonalData()} is the one-time sealing that opens them).
     *
     * <p>It is an operator's action on the backend, not a call through {@code GugusStore}, so it is
     * not in the audit log; it logs one INFO line with the key ids and row counts.
     *
     * @param newKeys keys with an id of their own; or the current keys, to finish an interrupted rotation
     * @return how many personal-data rows were sealed again
     * @throws IllegalStateException if called inside a unit of work
     * @throws IllegalArgumentException if {@code newKeys} reuse the id of a key of the ring with other key material
     */
    public long rotatePersonalDataKeys(PersonalDataKeys newKeys) {
        Objects.requireNonNull(newKeys, "newKeys");
        PersonalDataKeyRing[] after = new PersonalDataKeyRing[1];
        PersonalDataKeyRing before = db.changeKeys(ring -> {
            after[0] = ring == null ? PersonalDataKeyRing.of(newKeys) : ring.rotatedTo(newKeys);
            return after[0];
        });
        PersonalDataRewrite.Result result = PersonalDataRewrite.run(db, PersonalDataRewrite.Scope.ROWS_UNDER_OLDER_KEYS);
        LOG.info("Gugus personal data rotated to key {} (the backend had {}): {} personal-data rows and {} victim identities"
                        + " of {} of {} cases sealed again", newKeys.keyId(), before == null ? "no keys" : before,
                result.personalDataRows(), result.identityRows(), result.casesRewritten(), result.casesRead());
        return result.personalDataRows();
    }

    /**
     * Writes every personal-data row and victim identity again under the keys in use (or in plain
     * text, without keys), a step of cases at a time. It is the one-time sealing of an older
     * database, and the only call that opens what a keyed backend otherwise refuses: rows in plain
     * text (written before the keys were set) and seals of the legacy format (written before seals
     * were bound to the case version, which made an older seal replayable). Run it once after
     * switching encryption on for a database that holds personal data, once after upgrading from a
     * version that wrote legacy seals, or once after migrating a database with cases from before
     * schema version 2 (their victim identities, which duplicate and NIK look-ups read, do not
     * exist yet). Like a rotation, it can be run again after a failure.
     *
     * <p>Since it opens plain rows on a keyed store, run it only on a database whose rows this
     * library wrote: a plain row put there behind the store's back is sealed like any other.
     *
     * @return how many personal-data rows were written
     */
    public long rewritePersonalData() {
        PersonalDataRewrite.Result result = PersonalDataRewrite.run(db, PersonalDataRewrite.Scope.EVERY_CASE);
        String keyId = db.cipher().keyId();
        LOG.info("Gugus personal data rewritten {}: {} personal-data rows and {} victim identities of {} cases",
                keyId == null ? "in plain text" : "under key " + keyId, result.personalDataRows(), result.identityRows(),
                result.casesRead());
        return result.personalDataRows();
    }

    /**
     * How many personal-data rows and victim identities are under which key: what an operator
     * reads before dropping an old key, and after an interrupted rotation. Counted in SQL, without
     * opening any row.
     */
    public PersonalDataStatus personalDataStatus() {
        return db.read(StorageOperation.read("PersonalData", null), dsl -> PersonalDataStatus.count(dsl, db.cipher()));
    }

    @Override
    public <T> T inUnitOfWork(Supplier<T> work) {
        return db.inUnitOfWork(Objects.requireNonNull(work, "work"));
    }

    /** A transaction of its own, or a savepoint of the running one (rolled back to if {@code work} throws). */
    @Override
    public <T> T inNestedUnitOfWork(Supplier<T> work) {
        return db.inNestedUnitOfWork(Objects.requireNonNull(work, "work"));
    }

    /** Releases what the backend opened itself (the H2 pool of {@link #h2File}, {@link #h2InMemory}); an application's data source stays open. */
    @Override
    public void close() {
        onClose.run();
    }
}
