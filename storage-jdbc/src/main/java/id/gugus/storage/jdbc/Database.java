package id.gugus.storage.jdbc;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.conf.SettingsTools;

/**
 * The connection to the database and its units of work. A unit of work is one database
 * transaction, bound to the calling thread: the storages' primitives called inside it run on its
 * connection; a unit of work started inside another joins it. Each write primitive runs
 * atomically: on its own transaction outside a unit of work, or under a savepoint inside one, so
 * that a refused write (a duplicate, say) leaves the unit of work as it was.
 *
 * <p>jOOQ runs here without its execute logging: its DEBUG and TRACE lines show every bind
 * value, and the bind values of case writes are names and NIKs (see {@link #quiet}).
 *
 * <p>The personal-data keys can change while the database is in use ({@link #changeKeys}). Every
 * transaction holds a read lock of {@link #keyChange} from begin to end, and a change of keys
 * holds the write lock: a transaction seals and opens with one ring of keys from start to
 * commit. Rows are re-sealed afterwards, a step at a time, while other transactions run
 * ({@link PersonalDataRewrite}).
 */
final class Database {
    private static final StorageOperation UNIT_OF_WORK = StorageOperation.of("commit", "unit of work", null, -1);

    private final DSLContext root;
    /**
     * Where {@link #writeIndependently} takes its transaction: {@link #root}, unless root's
     * connections follow an application's transactions (then a write on root would join them).
     */
    private final DSLContext independent;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    /**
     * Whether this thread runs inside an atomic step ({@link #inNestedUnitOfWork}): the step's
     * transaction or savepoint undoes everything if any of it fails, so its writes need no
     * savepoint of their own (two round trips each saved).
     */
    private final ThreadLocal<Boolean> inStep = new ThreadLocal<>();
    private final AreaCache areas = new AreaCache();
    private final ReadWriteLock keyChange = new ReentrantReadWriteLock();
    private volatile JdbcStoreConfig config;
    private volatile PersonalDataCipher cipher;

    Database(DSLContext root, JdbcStoreConfig config) {
        this(root, null, config);
    }

    /** With {@code independent} (may be null: root) for the writes that must outlast any enclosing transaction. */
    Database(DSLContext root, DSLContext independent, JdbcStoreConfig config) {
        this.root = quiet(root);
        this.independent = independent == null ? this.root : quiet(independent);
        this.config = config;
        this.cipher = PersonalDataCipher.of(config.personalDataKeyRing());
    }

    /**
     * The context with jOOQ's execute logging off, on a copy of its settings: jOOQ's
     * {@code LoggerListener} logs statements with their bind values inlined at DEBUG, and
     * {@code DefaultBinding} each bind value at TRACE, unless execute logging is off. An
     * application's own context keeps its settings for its own queries.
     */
    static DSLContext quiet(DSLContext dsl) {
        Settings settings = SettingsTools.clone(dsl.settings())
                .withExecuteLogging(false)
                .withExecuteLoggingSQLExceptions(false);
        return dsl.configuration().derive(settings).dsl();
    }

    JdbcStoreConfig config() {
        return config;
    }

    /** How personal data is sealed and identity keys hashed in the transaction running now. */
    PersonalDataCipher cipher() {
        return cipher;
    }

    /** The areas looked up so far, for validation (see {@link AreaCache}). */
    AreaCache areas() {
        return areas;
    }

    /** Now, in UTC, for the {@code updated_at} columns. */
    LocalDateTime nowUtc() {
        return LocalDateTime.ofInstant(config.clock().instant(), ZoneOffset.UTC);
    }

    <T> T inUnitOfWork(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return top(dsl -> work.get(), UNIT_OF_WORK, false);
    }

    /**
     * Runs {@code work} as one atomic step: a transaction of its own outside a unit of work; a
     * savepoint of the current transaction inside one, rolled back to if {@code work} throws. The
     * work's exception propagates unchanged; a failure to set or roll back the savepoint is
     * translated.
     */
    <T> T inNestedUnitOfWork(Supplier<T> work) {
        DSLContext tx = current.get();
        Boolean outerStep = inStep.get();
        inStep.set(Boolean.TRUE);
        try {
            if (tx == null) {
                return top(dsl -> work.get(), UNIT_OF_WORK, false);
            }
            if (outerStep != null) {
                return work.get(); // a step inside a step: the outer one undoes it
            }
            return savepoint(tx, work);
        } finally {
            if (outerStep == null) {
                inStep.remove();
            }
        }
    }

    private static <T> T savepoint(DSLContext tx, Supplier<T> work) {
        Throwable[] fromWork = new Throwable[1];
        try {
            return tx.transactionResult(nested -> {
                try {
                    return work.get();
                } catch (RuntimeException | Error e) {
                    fromWork[0] = e;
                    throw e;
                }
            });
        } catch (RuntimeException e) {
            if (e == fromWork[0]) {
                throw e;
            }
            throw SqlFailures.translate(e, UNIT_OF_WORK);
        }
    }

    /**
     * Runs a write in a transaction of its own, on a connection of its own, committed before this
     * returns, whatever unit of work runs on this thread: for audit entries that must outlast it.
     * It takes no part in {@link #keyChange}: it must not seal personal data.
     */
    <T> T writeIndependently(StorageOperation operation, Function<DSLContext, T> body) {
        try {
            return independent.transactionResult(configuration -> body.apply(configuration.dsl()));
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e, operation);
        }
    }

    /** Runs a read in the current unit of work, or in a transaction of its own. */
    <T> T read(StorageOperation operation, Function<DSLContext, T> body) {
        DSLContext tx = current.get();
        if (tx == null) {
            return top(body, operation, true);
        }
        try {
            return body.apply(tx);
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e, operation);
        }
    }

    /**
     * Runs a write atomically: in a transaction of its own, under a savepoint of the current one,
     * or, inside an atomic step, directly (the step undoes it if it fails).
     */
    <T> T write(StorageOperation operation, Function<DSLContext, T> body) {
        DSLContext tx = current.get();
        if (tx == null) {
            return top(body, operation, true);
        }
        try {
            if (inStep.get() != null) {
                return body.apply(tx);
            }
            return tx.transactionResult(nested -> body.apply(nested.dsl()));
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e, operation);
        }
    }

    /**
     * A new transaction. An exception thrown by a storage body is translated; one thrown by the
     * caller's own work ({@code translateBody} false) propagates unchanged, after the rollback. A
     * failure of jOOQ or the database around the body (begin, commit) is translated here.
     */
    private <T> T top(Function<DSLContext, T> body, StorageOperation operation, boolean translateBody) {
        keyChange.readLock().lock();
        try {
            return topLocked(body, operation, translateBody);
        } finally {
            keyChange.readLock().unlock();
        }
    }

    /**
     * Changes the key ring to {@code next} of the one in use (null: none) once no transaction of
     * this database runs: it waits for those in progress and holds new ones back, so that no
     * transaction seals with one ring and commits after the change. From the next transaction on,
     * rows are sealed and hashed under the new ring's current keys.
     *
     * @return the ring in use before
     * @throws IllegalStateException on a thread inside a unit of work, which would wait for itself
     */
    PersonalDataKeyRing changeKeys(UnaryOperator<PersonalDataKeyRing> next) {
        if (current.get() != null) {
            throw new IllegalStateException("personal-data keys change outside any unit of work, not inside one");
        }
        keyChange.writeLock().lock();
        try {
            PersonalDataKeyRing before = config.personalDataKeyRing();
            PersonalDataKeyRing after = next.apply(before);
            config = config.withPersonalDataKeyRing(after);
            cipher = PersonalDataCipher.of(after);
            return before;
        } finally {
            keyChange.writeLock().unlock();
        }
    }

    private <T> T topLocked(Function<DSLContext, T> body, StorageOperation operation, boolean translateBody) {
        Throwable[] fromBody = new Throwable[1];
        try {
            return root.transactionResult(configuration -> {
                DSLContext tx = configuration.dsl();
                current.set(tx);
                try {
                    return body.apply(tx);
                } catch (RuntimeException e) {
                    RuntimeException translated = translateBody ? SqlFailures.translate(e, operation) : e;
                    fromBody[0] = translated;
                    throw translated;
                } catch (Error e) {
                    fromBody[0] = e;
                    throw e;
                } finally {
                    current.remove();
                }
            });
        } catch (RuntimeException e) {
            if (e == fromBody[0]) {
                throw e;
            }
            throw SqlFailures.translate(e, operation);
        } finally {
            areas.transactionEnded(); // committed or rolled back: an import's areas are settled
        }
    }
}
