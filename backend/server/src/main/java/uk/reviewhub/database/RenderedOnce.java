package uk.reviewhub.database;

import io.micronaut.core.annotation.Nullable;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteListenerProvider;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.TooManyRowsException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

/**
 * A read on a path every request takes (who is signed in, a group's seats), written with jOOQ like
 * any other but rendered to SQL once, and run straight through JDBC with each use's values. jOOQ
 * renders a query afresh at every execution, and binding values to plain SQL makes it scan that
 * SQL again each time; on those paths that was about a tenth of the backend's time a request
 * (issue 14; {@code infra/bench/README.md}). The rows are still read by jOOQ
 * ({@link DSLContext#fetch(ResultSet, Field[])}), with its types and converters, on the connection
 * jOOQ would have used (the request's, tenant bound), and the statement's time is reported to the
 * {@link SlowQueryLog} as jOOQ's listener would have.
 *
 * <p>The template is built with placeholder values ({@code DSL.val((UUID) null, SQLDataType.UUID)});
 * {@link #fetch} takes the real ones in the order the template has them, and refuses another count.
 * The records have the template's fields, in its order, so {@code into(TABLE)} and
 * {@code value1()} read them as they read the template's own records.
 */
public final class RenderedOnce<R extends Record> {

    private record Rendered(String sql, Field<?>[] fields, int values) {
    }

    private final Function<DSLContext, ? extends Select<R>> template;
    private volatile @Nullable Rendered rendered;

    private RenderedOnce(Function<DSLContext, ? extends Select<R>> template) {
        this.template = template;
    }

    public static <R extends Record> RenderedOnce<R> of(Function<DSLContext, ? extends Select<R>> template) {
        return new RenderedOnce<>(template);
    }

    /** Every row for these values. */
    @SuppressWarnings("unchecked") // the records are made for the template's fields, as jOOQ makes the template's own
    public Result<R> fetch(DSLContext dsl, Object... values) {
        Rendered once = rendered(dsl);
        if (values.length != once.values()) {
            throw new IllegalArgumentException(values.length + " values given; this query takes " + once.values());
        }
        Configuration configuration = dsl.configuration();
        ConnectionProvider connections = configuration.connectionProvider();
        Connection connection = connections.acquire();
        try (PreparedStatement statement = connection.prepareStatement(once.sql())) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            long started = System.nanoTime();
            try (ResultSet rows = statement.executeQuery()) {
                Result<Record> result = dsl.fetch(rows, once.fields());
                report(configuration, once.sql(), System.nanoTime() - started);
                return (Result<R>) result;
            }
        } catch (SQLException e) {
            throw new DataAccessException("SQL [" + once.sql() + "]; " + e.getMessage(), e);
        } finally {
            connections.release(connection);
        }
    }

    /** The one row for these values, or none; more than one is an error, as in jOOQ's own fetchOptional. */
    public Optional<R> fetchOptional(DSLContext dsl, Object... values) {
        Result<R> rows = fetch(dsl, values);
        if (rows.size() > 1) {
            throw new TooManyRowsException("Cursor returned more than one result");
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    private Rendered rendered(DSLContext dsl) {
        Rendered once = rendered;
        if (once == null) {
            Select<R> query = template.apply(dsl);
            once = new Rendered(dsl.render(query), query.getSelect().toArray(Field[]::new), dsl.extractBindValues(query).size());
            rendered = once;
        }
        return once;
    }

    private static void report(Configuration configuration, String sql, long nanos) {
        for (ExecuteListenerProvider provider : configuration.executeListenerProviders()) {
            if (provider instanceof SlowQueryLog log) {
                log.observed(sql, nanos);
            }
        }
    }
}
