package uk.reviewhub.platform.persistence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import uk.reviewhub.database.jooq.tables.records.PlatformEventRecord;
import uk.reviewhub.database.jooq.tables.records.PlatformPartnershipsRecord;
import uk.reviewhub.api.vocabulary.PartnershipStatus;
import uk.reviewhub.api.vocabulary.PlatformAction;
import uk.reviewhub.platform.domain.PartnershipSummary;
import uk.reviewhub.platform.domain.PlatformEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Routines.platformDeletePartnership;
import static uk.reviewhub.database.jooq.Routines.platformSetPartnershipStatus;
import static uk.reviewhub.database.jooq.Tables.PLATFORM_EVENT;
import static uk.reviewhub.database.jooq.Tables.PLATFORM_PARTNERSHIPS;
import static uk.reviewhub.database.jooq.Tables.REFRESH_TOKEN;

/**
 * The platform console's way to the data, used with no partnership bound: the owner's
 * security-definer functions of V28 (every partnership's status and counts, a status move, the
 * deletion of an offboarded partnership), the global refresh tokens and the platform's record.
 */
@Singleton
public class PlatformStore {

    private final DSLContext dsl;

    PlatformStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every partnership with its status and counts (people's roles counted as current on {@code today}). */
    public List<PartnershipSummary> partnerships(LocalDate today) {
        var p = PLATFORM_PARTNERSHIPS.call(today);
        return dsl.selectFrom(p).fetch(PlatformStore::summary);
    }

    public Optional<PartnershipSummary> partnership(UUID id, LocalDate today) {
        var p = PLATFORM_PARTNERSHIPS.call(today);
        return dsl.selectFrom(p).where(p.TENANT_ID.eq(id)).fetchOptional(PlatformStore::summary);
    }

    /** Moves the partnership from {@code expected} to {@code status}; false when it was no longer in {@code expected}. */
    public boolean move(UUID id, PartnershipStatus expected, PartnershipStatus status, @Nullable String reason, Instant at,
                        @Nullable Instant deleteAfter) {
        return Boolean.TRUE.equals(dsl.select(platformSetPartnershipStatus(id, expected.name(), status.name(), reason, utc(at),
                deleteAfter == null ? null : utc(deleteAfter))).fetchOne(0, Boolean.class));
    }

    /** Revokes every live refresh token issued for the partnership; answers how many. */
    public int revokeRefreshTokens(UUID partnershipId, Instant now) {
        return dsl.update(REFRESH_TOKEN).set(REFRESH_TOKEN.REVOKED_AT, utc(now))
                .where(REFRESH_TOKEN.PARTNERSHIP_ID.eq(partnershipId)).and(REFRESH_TOKEN.REVOKED_AT.isNull())
                .execute();
    }

    /**
     * Deletes every row of the offboarded partnership in this transaction (the database refuses it
     * before the grace period ends); answers the rows deleted, or nothing when the partnership is no
     * longer there (another replica's job deleted it first: the database made this one wait for it).
     */
    public Optional<Integer> delete(UUID partnershipId, Instant now) {
        return Optional.ofNullable(dsl.select(platformDeletePartnership(partnershipId, utc(now))).fetchOne(0, Integer.class));
    }

    public void record(PlatformEvent e) {
        dsl.insertInto(PLATFORM_EVENT)
                .set(PLATFORM_EVENT.ID, e.id())
                .set(PLATFORM_EVENT.OCCURRED_AT, utc(e.occurredAt()))
                .set(PLATFORM_EVENT.ACTOR_ID, e.actorId())
                .set(PLATFORM_EVENT.PARTNERSHIP_ID, e.partnershipId())
                .set(PLATFORM_EVENT.PARTNERSHIP_SLUG, e.partnershipSlug())
                .set(PLATFORM_EVENT.PARTNERSHIP_NAME, e.partnershipName())
                .set(PLATFORM_EVENT.ACTION, e.action().name())
                .set(PLATFORM_EVENT.REASON, e.reason())
                .set(PLATFORM_EVENT.DETAIL, e.detail())
                .execute();
    }

    /** The newest {@code limit} entries of the platform's record, newest first. */
    public List<PlatformEvent> events(int limit) {
        return dsl.selectFrom(PLATFORM_EVENT).orderBy(PLATFORM_EVENT.OCCURRED_AT.desc(), PLATFORM_EVENT.ID).limit(limit)
                .fetch(PlatformStore::event);
    }

    /** When the partnership's data was last exported, if ever. */
    public Optional<Instant> lastExport(UUID partnershipId) {
        return dsl.select(PLATFORM_EVENT.OCCURRED_AT).from(PLATFORM_EVENT)
                .where(PLATFORM_EVENT.PARTNERSHIP_ID.eq(partnershipId)).and(PLATFORM_EVENT.ACTION.eq(PlatformAction.EXPORTED.name()))
                .orderBy(PLATFORM_EVENT.OCCURRED_AT.desc()).limit(1)
                .fetchOptional(PLATFORM_EVENT.OCCURRED_AT).map(OffsetDateTime::toInstant);
    }

    private static PartnershipSummary summary(PlatformPartnershipsRecord r) {
        return new PartnershipSummary(r.getTenantId(), r.getSlug(), r.getName(), PartnershipStatus.valueOf(r.getStatus()),
                r.getStatusReason(), instant(r.getStatusChangedAt()), instant(r.getDeleteAfter()), instant(r.getCreatedAt()),
                count(r.getMembers()), count(r.getGroups()), count(r.getMeetings()), count(r.getOpenReviews()));
    }

    private static PlatformEvent event(PlatformEventRecord r) {
        return new PlatformEvent(r.getId(), r.getOccurredAt().toInstant(), r.getActorId(), r.getPartnershipId(),
                r.getPartnershipSlug(), r.getPartnershipName(), PlatformAction.valueOf(r.getAction()), r.getReason(),
                r.getDetail());
    }

    private static long count(@Nullable Long n) {
        return n == null ? 0 : n;
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
