package uk.reviewhub.tenancy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Test-only: counts the database round trips the application makes, just beneath the tenant
 * binding (directly on the pool's connections, so the binding's own statements count too). A
 * round trip is a statement executed, or a commit or rollback of a transaction that had begun
 * (pgjdbc sends nothing for one that had not, and sends BEGIN with the first statement).
 * Connections taken straight from Hikari for the pool's own checks are not seen.
 */
@Requires(property = "reviewhub.test.round-trips", value = "true")
@Singleton
public class RoundTripCounter implements BeanCreatedEventListener<DataSource>, Ordered {

    /** What one round trip was: a statement's SQL, or COMMIT / ROLLBACK. */
    public record Trip(String sql, String thread) {
        public boolean tenantBinding() {
            return sql.contains("app.tenant_id");
        }

        public boolean transactionEnd() {
            return sql.equals("COMMIT") || sql.equals("ROLLBACK");
        }
    }

    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");

    private final List<Trip> trips = new ArrayList<>();

    /** Beneath the tenant binding (whose installer runs just after this). */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource pool = event.getBean();
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    Object result = call(pool, method, args);
                    return result instanceof Connection connection && method.getName().equals("getConnection")
                            ? wrap(connection, Connection.class, new Counting(connection)) : result;
                });
    }

    /** Forgets what was counted so far. */
    public synchronized void reset() {
        trips.clear();
    }

    /** The round trips since the last {@link #reset}, in order. */
    public synchronized List<Trip> trips() {
        return List.copyOf(trips);
    }

    private synchronized void record(String sql) {
        trips.add(new Trip(sql, Thread.currentThread().getName()));
    }

    private final class Counting implements InvocationHandler {
        private final Connection target;

        private Counting(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "commit", "rollback" -> {
                    if ((args == null || args.length == 0) && inTransaction()) {
                        record(name.toUpperCase());
                    }
                }
                case "setAutoCommit" -> {
                    if (Boolean.TRUE.equals(args[0]) && !target.getAutoCommit() && inTransaction()) {
                        record("COMMIT");
                    }
                }
                case "unwrap", "isWrapperFor" -> {
                    return call(target, method, args);
                }
                default -> {
                }
            }
            Object result = call(target, method, args);
            if (result instanceof Statement statement) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : "";
                Class<?> type = method.getReturnType();
                return wrap(statement, type, (p, m, a) -> {
                    if (EXECUTE.contains(m.getName())) {
                        record(a != null && a.length > 0 && a[0] instanceof String text ? text : sql);
                    }
                    return call(statement, m, a);
                });
            }
            return result;
        }

        private boolean inTransaction() throws SQLException {
            return target.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Object target, Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(RoundTripCounter.class.getClassLoader(), new Class<?>[]{type}, handler);
    }
}
