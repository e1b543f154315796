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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections fail on demand: the Nth statement executed through any of
 * them throws an {@link SQLException} with SQLState 08006 (connection failure), as a dropped
 * network link would; and {@link #closeConnections()} closes the real connections under the
 * store's feet.
 */
final class FaultyDataSource implements DataSource {
    static final String INJECTED_STATE = "08006";

    private final DataSource target;
    private final int failAt;
    private final AtomicInteger executed = new AtomicInteger();
    private final List<Connection> handedOut = new CopyOnWriteArrayList<>();

    /** {@code failAt}: the 1-based number of the statement that fails; 0 never fails. */
    FaultyDataSource(DataSource target, int failAt) {
        this.target = target;
        this.failAt = failAt;
    }

    int executed() {
        return executed.get();
    }

    void closeConnections() throws SQLException {
        for (Connection c : handedOut) {
            c.close();
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
        handedOut.add(real);
        return proxy(Connection.class, real, (method, args) -> {
            Object result = invoke(real, method, args);
            return result instanceof Statement statement ? wrapStatement(statement, method.getReturnType()) : result;
        });
    }

    private Object wrapStatement(Statement real, Class<?> type) {
        return proxy(type, real, (method, args) -> {
            if (method.getName().startsWith("execute") && executed.incrementAndGet() == failAt) {
                throw new SQLException("injected failure at statement " + failAt, INJECTED_STATE);
            }
            return invoke(real, method, args);
        });
    }

    private interface Call {
        Object apply(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object real, Call call) {
        InvocationHandler handler = (p, method, args) -> call.apply(method, args);
        return type.cast(Proxy.newProxyInstance(FaultyDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
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
