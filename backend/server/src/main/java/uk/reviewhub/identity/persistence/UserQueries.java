package uk.reviewhub.identity.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.Record8;
import org.jooq.SelectJoinStep;
import org.jooq.impl.SQLDataType;
import uk.reviewhub.database.Citext;
import uk.reviewhub.database.MembershipsOf;
import uk.reviewhub.database.RenderedOnce;
import uk.reviewhub.identity.domain.Membership;
import uk.reviewhub.identity.domain.Person;
import uk.reviewhub.identity.domain.UserAccount;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.val;
import static uk.reviewhub.database.jooq.Tables.APP_USER;

/**
 * Reads and updates {@code app_user} (global, not tenant-owned), on jOOQ's generated table, and reads memberships through the
 * security-definer {@code platform.memberships_of}, which works before any tenant is bound.
 */
@Singleton
@Connectable
public class UserQueries {

    /**
     * The two reads behind every {@code /api/me} (rendered once: {@link RenderedOnce}). The person
     * only: the password hash, failed sign-ins and lock are read by a password sign-in alone.
     */
    private static final RenderedOnce<Record5<UUID, String, String, String[], Boolean>> PERSON_BY_ID =
            RenderedOnce.of(dsl -> dsl.select(APP_USER.ID, APP_USER.EMAIL.cast(SQLDataType.VARCHAR), APP_USER.DISPLAY_NAME,
                    APP_USER.PLATFORM_ROLES, APP_USER.ACTIVE).from(APP_USER).where(APP_USER.ID.eq(val((UUID) null, SQLDataType.UUID))));
    private static final RenderedOnce<Record4<UUID, String, String, String[]>> MEMBERSHIPS = RenderedOnce.of(dsl -> dsl
            .select(MembershipsOf.TENANT_ID, MembershipsOf.SLUG, MembershipsOf.NAME, MembershipsOf.ROLES)
            .from(MembershipsOf.on(null, null)));

    private final DSLContext dsl;
    private final Clock clock;

    UserQueries(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Case-insensitive (the column is citext). */
    public Optional<UserAccount> findByEmail(String email) {
        return selectAccount(dsl).where(APP_USER.EMAIL.eq(Citext.of(email))).fetchOptional().map(UserQueries::account);
    }

    /** Who the person is, without their credentials. */
    public Optional<Person> findById(UUID id) {
        return PERSON_BY_ID.fetchOptional(dsl, id)
                .map(row -> new Person(row.value1(), row.value2(), row.value3(), Arrays.asList(row.value4()), row.value5()));
    }

    private static SelectJoinStep<Record8<UUID, String, String, String, String[], Boolean, Integer, OffsetDateTime>> selectAccount(
            DSLContext dsl) {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL.cast(SQLDataType.VARCHAR), APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH,
                APP_USER.PLATFORM_ROLES, APP_USER.ACTIVE, APP_USER.FAILED_SIGN_INS, APP_USER.LOCKED_UNTIL).from(APP_USER);
    }

    /** The user's current memberships: roles whose start and end dates hold today (London). */
    public List<Membership> membershipsOf(UUID userId) {
        return MEMBERSHIPS.fetch(dsl, userId, LondonTime.today(clock))
                .map(row -> new Membership(row.value1(), row.value2(), row.value3(), Arrays.asList(row.value4())));
    }

    /** The partnerships whose people may not sign in with a password (single sign-on only), through the narrow function. */
    public java.util.Set<UUID> passwordSignInOff() {
        return java.util.Set.copyOf(dsl.select(function(name("platform", "password_sign_in_off"), SQLDataType.UUID))
                .fetch(0, UUID.class));
    }

    /**
     * Inserts a person, or answers the existing one's id when the email is already known
     * (case-insensitive): a person is one account across partnerships. Never changes an existing
     * account's password or name.
     */
    public UUID insertIfAbsent(String email, String displayName, String passwordHash) {
        UUID id = UUID.randomUUID();
        return dsl.insertInto(APP_USER)
                .set(APP_USER.ID, id)
                .set(Map.of(APP_USER.EMAIL, Citext.of(email))) // a Field value: set(Field, T) and set(Field, Field) both fit
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .onConflict(APP_USER.EMAIL).doNothing()
                .returningResult(APP_USER.ID)
                .fetchOptional(APP_USER.ID)
                .orElseGet(() -> findByEmail(email).orElseThrow().id());
    }

    /** Sets a new password hash and clears failed sign-ins and any lock. */
    public void setPasswordHash(UUID userId, String passwordHash) {
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.FAILED_SIGN_INS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    /** Counts one more consecutive failure and answers the new count. */
    public int recordFailure(UUID userId) {
        return dsl.update(APP_USER)
                .set(APP_USER.FAILED_SIGN_INS, APP_USER.FAILED_SIGN_INS.plus(1))
                .where(APP_USER.ID.eq(userId))
                .returningResult(APP_USER.FAILED_SIGN_INS)
                .fetchSingle().value1();
    }

    public void lockUntil(UUID userId, Instant until) {
        dsl.update(APP_USER).set(APP_USER.LOCKED_UNTIL, utc(until)).where(APP_USER.ID.eq(userId)).execute();
    }

    public void recordSuccess(UUID userId) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_SIGN_INS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.ID.eq(userId), APP_USER.FAILED_SIGN_INS.ne(0).or(APP_USER.LOCKED_UNTIL.isNotNull()))
                .execute();
    }

    private static UserAccount account(Record8<UUID, String, String, String, String[], Boolean, Integer, OffsetDateTime> row) {
        OffsetDateTime lockedUntil = row.value8();
        return new UserAccount(row.value1(), row.value2(), row.value3(), row.value4(), Arrays.asList(row.value5()), row.value6(),
                row.value7(), lockedUntil == null ? null : lockedUntil.toInstant());
    }

    static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
