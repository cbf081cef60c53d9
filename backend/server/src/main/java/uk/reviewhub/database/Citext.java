package uk.reviewhub.database;

import org.jooq.Field;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;
import static uk.reviewhub.database.jooq.Tables.APP_USER;

/**
 * A value as PostgreSQL's {@code citext}, the type of {@code app_user.email}: compared with that
 * column it matches whatever the letter case, and the comparison can use the column's unique index.
 * jOOQ knows the extension's type only by name (the generated column is an {@code Object}), hence
 * the one template here.
 */
public final class Citext {

    private Citext() {
    }

    public static Field<Object> of(String value) {
        return field("cast({0} as citext)", APP_USER.EMAIL.getDataType(), val(value));
    }
}
