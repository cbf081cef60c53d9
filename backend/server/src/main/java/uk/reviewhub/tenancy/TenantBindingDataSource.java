package uk.reviewhub.tenancy;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Wraps the application's pool: every connection taken from it has {@code app.tenant_id} set to
 * the current tenant (or to '' when none is bound), and is reset to '' when it is closed, before
 * it returns to the pool. Row-level security policies read that setting.
 *
 * <p>Fails closed: if the tenant cannot be bound or cleared, the physical connection is evicted
 * from the pool (never reused) and an {@link SQLException} is thrown.
 *
 * <p>Deliberately not a Micronaut {@code DelegatingDataSource}: those are unwrapped by the
 * framework, which would then bypass the binding.
 */
public final class TenantBindingDataSource implements DataSource {

    static final String BIND_SQL = "select set_config('app.tenant_id', ?, false)";

    private final DataSource pool;
    private final Supplier<String> tenant;

    public TenantBindingDataSource(DataSource pool) {
        this(pool, () -> TenantContext.current().map(UUID::toString).orElse(""));
    }

    /** For tests of the fail-closed path: {@code tenant} supplies the raw setting value. */
    TenantBindingDataSource(DataSource pool, Supplier<String> tenant) {
        this.pool = pool;
        this.tenant = tenant;
    }

    /** The pool underneath (for health and metrics only: connections from it are not bound). */
    public DataSource pool() {
        return pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bind(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bind(pool.getConnection(username, password));
    }

    private Connection bind(Connection connection) throws SQLException {
        try {
            set(connection, tenant.get());
        } catch (SQLException | RuntimeException e) {
            discard(connection);
            throw new SQLException("Could not bind the tenant to the connection; connection discarded", e);
        }
        return (Connection) Proxy.newProxyInstance(TenantBindingDataSource.class.getClassLoader(),
                new Class<?>[]{Connection.class}, new BoundConnection(connection));
    }

    private static void set(Connection connection, String value) throws SQLException {
        if (!connection.getAutoCommit()) {
            // A transactional set_config is undone by a later rollback: bind outside any transaction.
            connection.rollback();
            connection.setAutoCommit(true);
        }
        try (PreparedStatement statement = connection.prepareStatement(BIND_SQL)) {
            statement.setString(1, value);
            statement.execute();
        }
    }

    private void discard(Connection connection) {
        try {
            HikariDataSource hikari = pool.isWrapperFor(HikariDataSource.class) ? pool.unwrap(HikariDataSource.class) : null;
            if (hikari != null) {
                hikari.evictConnection(connection);
                return;
            }
        } catch (SQLException | RuntimeException ignored) {
            // fall through to abort
        }
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException ignored) {
            // nothing more can be done; the connection is not handed out
        }
    }

    private final class BoundConnection implements InvocationHandler {
        private final Connection target;
        private boolean closed;

        private BoundConnection(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    close();
                    return null;
                }
                case "isClosed" -> {
                    return closed || target.isClosed();
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "TenantBound[" + target + "]";
                }
                default -> {
                    if (closed) {
                        throw new SQLException("Connection is closed");
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        }

        private void close() throws SQLException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                set(target, "");
            } catch (SQLException | RuntimeException e) {
                discard(target);
                throw new SQLException("Could not clear the tenant from the connection; connection discarded", e);
            }
            target.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
