package uk.reviewhub.database;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import java.time.LocalDate;
import java.util.UUID;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;

/**
 * {@code platform.memberships_of(user, day)}: a person's partnership roles that hold on a day, in every
 * partnership, readable before any tenant is bound (a security-definer function, V28). The generated
 * classes cover only the public schema, so the function's result columns are named here, once.
 */
public final class MembershipsOf {

    private static final String ALIAS = "memberships_of";

    public static final Field<UUID> TENANT_ID = field(name(ALIAS, "tenant_id"), SQLDataType.UUID);
    public static final Field<String> SLUG = field(name(ALIAS, "slug"), SQLDataType.VARCHAR);
    public static final Field<String> NAME = field(name(ALIAS, "name"), SQLDataType.VARCHAR);
    public static final Field<String[]> ROLES = field(name(ALIAS, "roles"), SQLDataType.VARCHAR.array());

    private MembershipsOf() {
    }

    /** The function's rows for {@code userId} on {@code day}, to select the fields above from. */
    public static Table<?> on(UUID userId, LocalDate day) {
        return table("{0}({1}, {2})", name("platform", "memberships_of"), val(userId, SQLDataType.UUID),
                val(day, SQLDataType.LOCALDATE)).as(ALIAS);
    }
}
