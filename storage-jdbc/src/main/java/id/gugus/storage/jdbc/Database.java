package id.gugus.storage.jdbc;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The connection to the database and its units of work. A unit of work is one database
 * transaction, bound to the calling thread: the storages' primitives called inside it run on its
 * connection; a unit of work started inside another joins it. Each write primitive runs
 * atomically: on its own transaction outside a unit of work, or under a savepoint inside one, so
 * that a refused write (a duplicate, say) leaves the unit of work as it was.
 */
final class Database {
    private final DSLContext root;
    private final JdbcStoreConfig config;
    private static final Target UNIT_OF_WORK = Target.of("commit", "unit of work", null, -1);

    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    Database(DSLContext root, JdbcStoreConfig config) {
        this.root = root;
        this.config = config;
    }

    JdbcStoreConfig config() {
        return config;
    }

    /** Now, in UTC, for the {@code updated_at} columns. */
    LocalDateTime nowUtc() {
        return LocalDateTime.ofInstant(config.clock().instant(), ZoneOffset.UTC);
    }

    <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return top(dsl -> work.get(), UNIT_OF_WORK, false);
    }

    /** Runs a read in the current unit of work, or in a transaction of its own. */
    <T> T read(Target target, Function<DSLContext, T> body) {
        DSLContext tx = current.get();
        if (tx == null) {
            return top(body, target, true);
        }
        try {
            return body.apply(tx);
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e, target);
        }
    }

    /** Runs a write atomically: in a transaction of its own, or under a savepoint of the current one. */
    <T> T write(Target target, Function<DSLContext, T> body) {
        DSLContext tx = current.get();
        if (tx == null) {
            return top(body, target, true);
        }
        try {
            return tx.transactionResult(nested -> body.apply(nested.dsl()));
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e, target);
        }
    }

    /**
     * A new transaction. An exception thrown by a storage body is translated; one thrown by the
     * caller's own work ({@code translateBody} false) propagates unchanged, after the rollback. A
     * failure of jOOQ or the database around the body (begin, commit) is translated here.
     */
    private <T> T top(Function<DSLContext, T> body, Target target, boolean translateBody) {
        Throwable[] fromBody = new Throwable[1];
        try {
            return root.transactionResult(configuration -> {
                DSLContext tx = configuration.dsl();
                current.set(tx);
                try {
                    return body.apply(tx);
                } catch (RuntimeException e) {
                    RuntimeException translated = translateBody ? SqlFailures.translate(e, target) : e;
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
            throw SqlFailures.translate(e, target);
        }
    }
}
