package id.gugus.storage.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * Counts what a store call sends to the database, two ways: the statements jOOQ executes (an
 * {@link ExecuteListener}; a JDBC batch counts once), and the JDBC calls that each cost a round
 * trip to the server, seen through a proxy of the {@link DataSource}: statement executions
 * ({@code execute*}, {@code executeBatch}), {@code commit}, {@code rollback}, and savepoints set,
 * released or rolled back to. Opening a connection from the pool and switching auto-commit are
 * not counted: whether they reach the server depends on the pool and the driver. Counts, never
 * timings, so they are the same on every machine.
 *
 * <p>Use {@link #dsl()} for {@code JdbcBackend.create(DSLContext)} and {@link #during(Runnable)}
 * around the call to count. Only the SQL text with its {@code ?} placeholders is kept (for the
 * failure message), never a bind value: those are names and NIKs.
 */
final class RoundTrips implements DataSource {
    /** Calls on a connection that reach the server, besides executing statements. */
    private static final Set<String> CONNECTION_ROUND_TRIPS = Set.of("commit", "rollback", "setSavepoint", "releaseSavepoint");

    /** What one call sent: statements (jOOQ) and round trips (JDBC), with the statements' SQL in order. */
    record Counts(int statements, int roundTrips, List<String> log) {
        Counts {
            log = List.copyOf(log);
        }

        /** The counts, then one line per statement or other round trip, for a failure message. */
        String describe() {
            return statements + " statements, " + roundTrips + " round trips:\n  " + String.join("\n  ", log);
        }
    }

    private final DataSource target;
    private final SQLDialect dialect;
    private final Object lock = new Object();
    private boolean counting;
    private int statements;
    private int roundTrips;
    private final List<String> log = new ArrayList<>();

    RoundTrips(DataSource target, SQLDialect dialect) {
        this.target = target;
        this.dialect = dialect;
    }

    /** A jOOQ context on this data source that reports every statement it executes to this counter. */
    DSLContext dsl() {
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(this);
        configuration.set(dialect);
        configuration.set(new StatementListener());
        return DSL.using(configuration);
    }

    /** Runs {@code call} and returns what it sent; calls on other threads meanwhile would count too (there are none). */
    Counts during(Runnable call) {
        synchronized (lock) {
            statements = 0;
            roundTrips = 0;
            log.clear();
            counting = true;
        }
        try {
            call.run();
        } finally {
            synchronized (lock) {
                counting = false;
            }
        }
        synchronized (lock) {
            return new Counts(statements, roundTrips, log);
        }
    }

    private void statement() {
        synchronized (lock) {
            if (counting) {
                statements++;
            }
        }
    }

    private void roundTrip(String what) {
        synchronized (lock) {
            if (counting) {
                roundTrips++;
                log.add(what);
            }
        }
    }

    /** jOOQ's view: one event per statement (a batch of many rows is one). */
    private final class StatementListener implements ExecuteListener {
        @Override
        public void executeStart(ExecuteContext ctx) {
            statement();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return wrap(target.getConnection(user, password));
    }

    private Connection wrap(Connection real) {
        return proxy(Connection.class, real, (method, args) -> {
            if (CONNECTION_ROUND_TRIPS.contains(method.getName())) {
                roundTrip(method.getName().toUpperCase(Locale.ROOT));
            }
            Object result = invoke(real, method, args);
            if (result instanceof Statement statement) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : "";
                return wrapStatement(statement, method.getReturnType(), sql);
            }
            return result;
        });
    }

    private Object wrapStatement(Statement real, Class<?> type, String preparedSql) {
        return proxy(type, real, (method, args) -> {
            if (method.getName().startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                roundTrip(method.getName() + ": " + sql);
            }
            return invoke(real, method, args);
        });
    }

    private interface Call {
        Object apply(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object real, Call call) {
        InvocationHandler handler = (p, method, args) -> call.apply(method, args);
        return type.cast(Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object real, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
