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
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Wraps the application's pool: every connection taken from it has {@code app.tenant_id} set to
 * the current tenant (or to '' when none is bound), and is reset to '' before it returns to the
 * pool. Row-level security policies read that setting.
 *
 * <p>Inside an HTTP request ({@link RequestConnections}) the request keeps one pooled connection
 * from its first use to its end: the tenant is bound once, when the request first needs the
 * database, and cleared once, when it ends, however many times Micronaut Data, jOOQ and
 * transactions take and give back a connection in between (so a read costs two round trips beyond
 * its queries, not two per use). A use that needs another tenant (work bound with
 * {@link TenantContext#callAs}, or none) binds it again first; a use while the request's connection
 * is already in use (nested or from another thread) gets a connection of its own, bound and cleared
 * around it, as all work outside a request does.
 *
 * <p>Fails closed: if the tenant cannot be bound or cleared, the physical connection is evicted
 * from the pool (never reused) and an {@link SQLException} is thrown (at a request's end, logged).
 *
 * <p>Deliberately not a Micronaut {@code DelegatingDataSource}: those are unwrapped by the
 * framework, which would then bypass the binding.
 */
public final class TenantBindingDataSource implements DataSource {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TenantBindingDataSource.class);

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
        Optional<RequestConnection> request = RequestConnections.current();
        if (request.isPresent()) {
            Connection lent = request.get().lend(this);
            if (lent != null) {
                return lent;
            }
        }
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

    /** The setting the current work needs; throws for a malformed tenant. */
    private String wanted() {
        return tenant.get();
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

    void discard(Connection connection) {
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

    /**
     * A connection handed out with its own closing: {@code release} runs once, at the first close;
     * after it every other call is refused as on a closed connection. Identity is the proxy's own.
     */
    private abstract static class OwnClose implements InvocationHandler {
        final Connection target;
        private final String label;
        private boolean closed;

        OwnClose(Connection target, String label) {
            this.target = target;
            this.label = label;
        }

        abstract void release() throws SQLException;

        private static final String CLOSED = "08003";

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (!closed) {
                        closed = true;
                        release();
                    }
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
                    return label + "[" + target + "]";
                }
                default -> {
                    // A closed connection says so with 08003 (connection_does_not_exist), which the pool's
                    // own closed connection leaves out: after the database went away mid-request, this is
                    // what the framework's clean-up meets, and the answer must read as the database lost.
                    if (closed) {
                        throw new SQLException("Connection is closed", CLOSED);
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof SQLException sql && sql.getSQLState() == null && target.isClosed()) {
                            throw new SQLException(sql.getMessage(), CLOSED, sql);
                        }
                        throw e.getCause();
                    }
                }
            }
        }
    }

    /** Taken from the pool bound; cleared (or discarded, failing closed) and returned at close. */
    private final class BoundConnection extends OwnClose {
        private BoundConnection(Connection target) {
            super(target, "TenantBound");
        }

        @Override
        void release() throws SQLException {
            try {
                set(target, "");
            } catch (SQLException | RuntimeException e) {
                discard(target);
                throw new SQLException("Could not clear the tenant from the connection; connection discarded", e);
            }
            target.close();
        }
    }

    /**
     * The one pooled connection of an HTTP request, taken at its first use and given back (tenant
     * cleared) at its end. Lent to one user at a time; closing what was lent only gives it back to
     * the request, after undoing a transaction left open and a read-only flag, as the pool would.
     */
    static final class RequestConnection {
        private TenantBindingDataSource source;
        private Connection physical;
        private String bound;
        private boolean lent;
        private boolean ended;

        /** The request's connection bound to the current tenant, or null when it is in use or the request has ended. */
        synchronized Connection lend(TenantBindingDataSource from) throws SQLException {
            if (lent || ended || (source != null && source != from)) {
                return null;
            }
            String wanted;
            try {
                wanted = from.wanted();
            } catch (RuntimeException e) {
                throw new SQLException("Could not bind the tenant to the connection", e);
            }
            if (physical != null && physical.isClosed()) {
                physical = null;
            }
            if (physical == null) {
                Connection taken = from.pool.getConnection();
                bind(from, taken, wanted);
                source = from;
                physical = taken;
            } else if (!wanted.equals(bound)) {
                Connection held = physical;
                physical = null;
                bind(from, held, wanted);
                physical = held;
            }
            bound = wanted;
            lent = true;
            Connection target = physical;
            return (Connection) Proxy.newProxyInstance(TenantBindingDataSource.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, new Lent(target));
        }

        private static void bind(TenantBindingDataSource from, Connection connection, String wanted) throws SQLException {
            try {
                set(connection, wanted);
            } catch (SQLException | RuntimeException e) {
                from.discard(connection);
                throw new SQLException("Could not bind the tenant to the connection; connection discarded", e);
            }
        }

        private synchronized void giveBack(Connection target) throws SQLException {
            lent = false;
            try {
                if (physical == target && !target.isClosed()) {
                    if (!target.getAutoCommit()) {
                        target.rollback();
                        target.setAutoCommit(true);
                    }
                    if (target.isReadOnly()) {
                        target.setReadOnly(false);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                physical = null;
                source.discard(target);
                throw new SQLException("Could not reset the request's connection; connection discarded", e);
            } finally {
                if (ended) {
                    finish();
                }
            }
        }

        /** The request has ended: the connection goes back to the pool (tenant cleared) now, or when it is given back. */
        synchronized void end() {
            ended = true;
            if (!lent) {
                finish();
            }
        }

        private void finish() {
            Connection held = physical;
            physical = null;
            if (held == null) {
                return;
            }
            try {
                set(held, "");
                held.close();
            } catch (SQLException | RuntimeException e) {
                source.discard(held);
                LOG.warn("Could not clear the tenant from a request's connection; connection discarded", e);
            }
        }

        /** Lent to one user of the request; closing it gives it back to the request, not the pool. */
        private final class Lent extends OwnClose {
            private Lent(Connection target) {
                super(target, "RequestBound");
            }

            @Override
            void release() throws SQLException {
                giveBack(target);
            }
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
