package uk.reviewhub.identity.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.reviewhub.identity.domain.Membership;
import uk.reviewhub.identity.domain.UserAccount;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and updates {@code app_user} (global, not tenant-owned) and reads memberships through the
 * security-definer {@code platform.memberships_of}, which works before any tenant is bound.
 */
@Singleton
@Connectable
public class UserQueries {

    private static final String USER_COLUMNS =
            "id, email::text as email, display_name, password_hash, platform_roles, active, failed_sign_ins, locked_until";

    private final DSLContext dsl;
    private final Clock clock;

    UserQueries(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Case-insensitive (the column is citext). */
    public Optional<UserAccount> findByEmail(String email) {
        return dsl.fetchOptional("select " + USER_COLUMNS + " from app_user where email = cast(? as citext)", email)
                .map(UserQueries::account);
    }

    public Optional<UserAccount> findById(UUID id) {
        return dsl.fetchOptional("select " + USER_COLUMNS + " from app_user where id = ?", id)
                .map(UserQueries::account);
    }

    /** The user's current memberships: roles whose start and end dates hold today (London). */
    public List<Membership> membershipsOf(UUID userId) {
        return dsl.fetch("select tenant_id, slug, name, roles from platform.memberships_of(?, ?::date)", userId, LondonTime.today(clock))
                .map(row -> new Membership(
                        row.get("tenant_id", UUID.class),
                        row.get("slug", String.class),
                        row.get("name", String.class),
                        Arrays.asList(row.get("roles", String[].class))));
    }

    /** The partnerships whose people may not sign in with a password (single sign-on only), through the narrow function. */
    public java.util.Set<UUID> passwordSignInOff() {
        return java.util.Set.copyOf(dsl.fetch("select * from platform.password_sign_in_off()").getValues(0, UUID.class));
    }

    /**
     * Inserts a person, or answers the existing one's id when the email is already known
     * (case-insensitive): a person is one account across partnerships. Never changes an existing
     * account's password or name.
     */
    public UUID insertIfAbsent(String email, String displayName, String passwordHash) {
        UUID id = UUID.randomUUID();
        return dsl.fetchOptional("""
                        insert into app_user (id, email, display_name, password_hash) values (?, ?, ?, ?)
                        on conflict (email) do nothing returning id""", id, email, displayName, passwordHash)
                .map(r -> r.get(0, UUID.class))
                .orElseGet(() -> findByEmail(email).orElseThrow().id());
    }

    /** Sets a new password hash and clears failed sign-ins and any lock. */
    public void setPasswordHash(UUID userId, String passwordHash) {
        dsl.execute("update app_user set password_hash = ?, failed_sign_ins = 0, locked_until = null where id = ?",
                passwordHash, userId);
    }

    /** Counts one more consecutive failure and answers the new count. */
    public int recordFailure(UUID userId) {
        return dsl.fetchSingle("update app_user set failed_sign_ins = failed_sign_ins + 1 where id = ? returning failed_sign_ins",
                userId).get(0, Integer.class);
    }

    public void lockUntil(UUID userId, Instant until) {
        dsl.execute("update app_user set locked_until = cast(? as timestamptz) where id = ?", utc(until), userId);
    }

    public void recordSuccess(UUID userId) {
        dsl.execute("update app_user set failed_sign_ins = 0, locked_until = null "
                + "where id = ? and (failed_sign_ins <> 0 or locked_until is not null)", userId);
    }

    private static UserAccount account(Record row) {
        OffsetDateTime lockedUntil = row.get("locked_until", OffsetDateTime.class);
        return new UserAccount(
                row.get("id", UUID.class),
                row.get("email", String.class),
                row.get("display_name", String.class),
                row.get("password_hash", String.class),
                Arrays.asList(row.get("platform_roles", String[].class)),
                row.get("active", Boolean.class),
                row.get("failed_sign_ins", Integer.class),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }

    static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
