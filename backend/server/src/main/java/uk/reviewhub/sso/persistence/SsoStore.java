package uk.reviewhub.sso.persistence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import uk.reviewhub.sso.domain.StoredSsoSettings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP_MEMBERSHIP;
import static uk.reviewhub.database.jooq.Tables.SSO_ATTEMPT;
import static uk.reviewhub.database.jooq.Tables.SSO_DOMAIN;
import static uk.reviewhub.database.jooq.Tables.SSO_IDENTITY;
import static uk.reviewhub.database.jooq.Tables.SSO_SETTING;

/**
 * Single sign-on (V31) on the generated schema, through row-level security (the bound
 * partnership's rows only), and the two narrow functions that find a partnership before any is
 * bound: by an email domain, by a sign-in attempt's state hash.
 */
@Singleton
public class SsoStore {

    private final DSLContext dsl;

    SsoStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The active partnership whose single sign-on takes this email domain. */
    public Optional<UUID> tenantOfDomain(String domain) {
        return Optional.ofNullable(dsl.select(DSL.function(DSL.name("platform", "sso_tenant_of_domain"), SQLDataType.UUID,
                DSL.val(domain, SQLDataType.VARCHAR))).fetchOne(0, UUID.class));
    }

    /** The active partnership a sign-in attempt belongs to. */
    public Optional<UUID> tenantOfAttempt(byte[] stateHash) {
        return Optional.ofNullable(dsl.select(DSL.function(DSL.name("platform", "sso_attempt_tenant"), SQLDataType.UUID,
                DSL.val(stateHash, SQLDataType.BLOB))).fetchOne(0, UUID.class));
    }

    public String partnershipName() {
        return dsl.select(PARTNERSHIP.NAME).from(PARTNERSHIP).fetchOne(PARTNERSHIP.NAME);
    }

    public Optional<StoredSsoSettings> settings() {
        return dsl.selectFrom(SSO_SETTING).fetchOptional().map(r -> new StoredSsoSettings(
                r.getEntraTenantId(), r.getClientId(), r.getClientSecretSealed(), domains(), r.getPasswordSignIn(),
                r.getUpdatedAt().toInstant(), r.getVersion()));
    }

    private List<String> domains() {
        return dsl.select(SSO_DOMAIN.DOMAIN).from(SSO_DOMAIN).orderBy(SSO_DOMAIN.DOMAIN).fetch(SSO_DOMAIN.DOMAIN);
    }

    /** Whether any partnership, this or another, holds the domain (the unique index sees them all). */
    public boolean domainHeldElsewhere(String domain) {
        // Through row-level security only this partnership's domains are visible; the narrow function sees the others.
        Optional<UUID> holder = tenantOfDomain(domain);
        return holder.isPresent() && !holder.get().equals(dsl.select(currentTenantId()).fetchOne(0, UUID.class));
    }

    /** Stores the settings (the first time, or over {@code version}); answers whether a stale version was refused. */
    public boolean save(String entraTenantId, String clientId, byte @Nullable [] sealedSecret, List<String> domains,
                        boolean passwordSignIn, UUID by, Instant at, @Nullable Integer version) {
        int changed;
        if (version == null) {
            changed = dsl.insertInto(SSO_SETTING)
                    .set(SSO_SETTING.TENANT_ID, currentTenantId())
                    .set(SSO_SETTING.ENTRA_TENANT_ID, entraTenantId)
                    .set(SSO_SETTING.CLIENT_ID, clientId)
                    .set(SSO_SETTING.CLIENT_SECRET_SEALED, sealedSecret)
                    .set(SSO_SETTING.PASSWORD_SIGN_IN, passwordSignIn)
                    .set(SSO_SETTING.UPDATED_BY, by)
                    .set(SSO_SETTING.UPDATED_AT, utc(at))
                    .onConflictDoNothing()
                    .execute();
        } else {
            var update = dsl.update(SSO_SETTING)
                    .set(SSO_SETTING.ENTRA_TENANT_ID, entraTenantId)
                    .set(SSO_SETTING.CLIENT_ID, clientId)
                    .set(SSO_SETTING.PASSWORD_SIGN_IN, passwordSignIn)
                    .set(SSO_SETTING.UPDATED_BY, by)
                    .set(SSO_SETTING.UPDATED_AT, utc(at))
                    .set(SSO_SETTING.VERSION, SSO_SETTING.VERSION.plus(1));
            if (sealedSecret != null) {
                update = update.set(SSO_SETTING.CLIENT_SECRET_SEALED, sealedSecret);
            }
            changed = update.where(SSO_SETTING.VERSION.eq(version)).execute();
        }
        if (changed == 0) {
            return false;
        }
        dsl.deleteFrom(SSO_DOMAIN).where(SSO_DOMAIN.DOMAIN.notIn(domains)).execute();
        for (String domain : domains) {
            dsl.insertInto(SSO_DOMAIN).set(SSO_DOMAIN.TENANT_ID, currentTenantId()).set(SSO_DOMAIN.DOMAIN, domain)
                    .onConflictDoNothing().execute();
        }
        return true;
    }

    public void insertAttempt(byte[] stateHash, Instant at, Instant expiresAt) {
        dsl.deleteFrom(SSO_ATTEMPT).where(SSO_ATTEMPT.EXPIRES_AT.lt(utc(at))).execute();
        dsl.insertInto(SSO_ATTEMPT)
                .set(SSO_ATTEMPT.TENANT_ID, currentTenantId())
                .set(SSO_ATTEMPT.STATE_HASH, stateHash)
                .set(SSO_ATTEMPT.CREATED_AT, utc(at))
                .set(SSO_ATTEMPT.EXPIRES_AT, utc(expiresAt))
                .execute();
    }

    /** Marks the attempt used if it is unused and unexpired; answers whether it was. */
    public boolean useAttempt(byte[] stateHash, Instant at) {
        return dsl.update(SSO_ATTEMPT)
                .set(SSO_ATTEMPT.USED_AT, utc(at))
                .where(SSO_ATTEMPT.STATE_HASH.eq(stateHash))
                .and(SSO_ATTEMPT.USED_AT.isNull())
                .and(SSO_ATTEMPT.EXPIRES_AT.gt(utc(at)))
                .execute() == 1;
    }

    public Optional<UUID> personOfSubject(String subject) {
        return dsl.select(SSO_IDENTITY.USER_ID).from(SSO_IDENTITY).where(SSO_IDENTITY.SUBJECT.eq(subject)).fetchOptional(SSO_IDENTITY.USER_ID);
    }

    public boolean personLinked(UUID userId) {
        return dsl.fetchExists(dsl.selectOne().from(SSO_IDENTITY).where(SSO_IDENTITY.USER_ID.eq(userId)));
    }

    public void link(String subject, UUID userId, Instant at) {
        dsl.insertInto(SSO_IDENTITY)
                .set(SSO_IDENTITY.TENANT_ID, currentTenantId())
                .set(SSO_IDENTITY.SUBJECT, subject)
                .set(SSO_IDENTITY.USER_ID, userId)
                .set(SSO_IDENTITY.LINKED_AT, utc(at))
                .execute();
    }

    /** The person with this email holds a partnership role here on {@code today}. */
    public boolean holdsCurrentRole(String email, LocalDate today) {
        return dsl.fetchExists(dsl.selectOne().from(PARTNERSHIP_MEMBERSHIP)
                .join(APP_USER).on(APP_USER.ID.eq(PARTNERSHIP_MEMBERSHIP.USER_ID))
                .where(DSL.lower(APP_USER.EMAIL.cast(SQLDataType.VARCHAR)).eq(email.toLowerCase(Locale.ROOT)))
                .and(PARTNERSHIP_MEMBERSHIP.START_DATE.isNull().or(PARTNERSHIP_MEMBERSHIP.START_DATE.le(today)))
                .and(PARTNERSHIP_MEMBERSHIP.END_DATE.isNull().or(PARTNERSHIP_MEMBERSHIP.END_DATE.ge(today))));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
