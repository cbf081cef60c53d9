package uk.reviewhub.database;

import io.micronaut.core.annotation.Nullable;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Select;

import java.util.function.Function;

/**
 * A read on a path every request takes (who is signed in, a group's seats), written with jOOQ like
 * any other but rendered to SQL once: each use binds its values to the SQL the first use rendered.
 * jOOQ renders a query afresh at every execution, and on those paths the rendering was about an
 * eighth of the backend's time a request (issue 14; {@code infra/bench/README.md}).
 *
 * <p>The template is built with placeholder values ({@code DSL.val((UUID) null, SQLDataType.UUID)});
 * {@link #bind} takes the real ones in the order the template has them, and refuses another count.
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

    /** The query with {@code values} bound, ready to fetch. */
    @SuppressWarnings("unchecked") // the records are made for the template's fields, as jOOQ's own typed coerce makes them
    public ResultQuery<R> bind(DSLContext dsl, Object... values) {
        Rendered once = rendered;
        if (once == null) {
            Select<R> query = template.apply(dsl);
            once = new Rendered(dsl.render(query), query.getSelect().toArray(Field[]::new), dsl.extractBindValues(query).size());
            rendered = once;
        }
        if (values.length != once.values()) {
            throw new IllegalArgumentException(values.length + " values given; this query takes " + once.values());
        }
        return (ResultQuery<R>) dsl.resultQuery(once.sql(), values).coerce(once.fields());
    }
}
