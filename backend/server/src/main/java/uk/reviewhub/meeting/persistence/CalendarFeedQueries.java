package uk.reviewhub.meeting.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.CALENDAR_FEED;
import static uk.reviewhub.database.jooq.Tables.GROUP_MEMBER;
import static uk.reviewhub.database.jooq.Tables.MEETING;
import static uk.reviewhub.database.jooq.Tables.MEETING_CHANGE;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP_MEMBERSHIP;
import static uk.reviewhub.database.jooq.Tables.REVIEW_GROUP;
import static uk.reviewhub.meeting.persistence.MeetingQueries.instant;
import static uk.reviewhub.meeting.persistence.MeetingQueries.utc;

/**
 * Calendar feeds and the meetings they show, on jOOQ's generated tables. Only {@link #feedByToken} runs with no tenant bound,
 * through the narrow security-definer function; everything else goes through row-level security.
 */
@Singleton
@Connectable
public class CalendarFeedQueries {

    private final DSLContext dsl;

    CalendarFeedQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record FeedOwner(UUID tenantId, UUID feedId, UUID userId) {
    }

    public record FeedRow(UUID id, Instant createdAt, @Nullable Instant revokedAt) {
    }

    /** A meeting as a calendar shows it; {@code changes} counts its moves and cancellation. */
    public record CalendarMeeting(UUID id, String groupName, String title, Instant start, @Nullable Integer durationMinutes,
                                  @Nullable String location, String status, @Nullable String statusReason, int changes) {
    }

    public void insert(UUID id, UUID userId, byte[] tokenHash) {
        dsl.insertInto(CALENDAR_FEED)
                .set(CALENDAR_FEED.TENANT_ID, currentTenantId())
                .set(CALENDAR_FEED.ID, id)
                .set(CALENDAR_FEED.USER_ID, userId)
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .execute();
    }

    public List<FeedRow> feeds(UUID userId) {
        return dsl.selectFrom(CALENDAR_FEED).where(CALENDAR_FEED.USER_ID.eq(userId))
                .orderBy(CALENDAR_FEED.CREATED_AT, CALENDAR_FEED.ID)
                .fetch(r -> new FeedRow(r.getId(), instant(r.getCreatedAt()), instant(r.getRevokedAt())));
    }

    /** 1 if revoked now; 0 if it is not this user's feed (or already revoked). */
    public int revoke(UUID feedId, UUID userId) {
        return dsl.update(CALENDAR_FEED).set(CALENDAR_FEED.REVOKED_AT, currentOffsetDateTime())
                .where(CALENDAR_FEED.ID.eq(feedId), CALENDAR_FEED.USER_ID.eq(userId), CALENDAR_FEED.REVOKED_AT.isNull())
                .execute();
    }

    public boolean feedExists(UUID feedId, UUID userId) {
        return dsl.fetchExists(CALENDAR_FEED, CALENDAR_FEED.ID.eq(feedId).and(CALENDAR_FEED.USER_ID.eq(userId)));
    }

    /** The live feed behind a token hash, looked up before any tenant is bound. */
    public Optional<FeedOwner> feedByToken(byte[] tokenHash) {
        // A set-returning function of the platform schema, which the generated classes (public only) do not cover.
        Table<?> feed = table("{0}({1})", name("platform", "calendar_feed_by_token"), val(tokenHash, SQLDataType.BLOB)).as("f");
        Field<UUID> tenantId = field(name("f", "tenant_id"), SQLDataType.UUID);
        Field<UUID> id = field(name("f", "feed_id"), SQLDataType.UUID);
        Field<UUID> userId = field(name("f", "user_id"), SQLDataType.UUID);
        return dsl.select(tenantId, id, userId).from(feed).fetchOptional()
                .map(r -> new FeedOwner(r.value1(), r.value2(), r.value3()));
    }

    /** Whether the user still holds a role in the bound partnership. */
    public boolean holdsRole(UUID userId) {
        return dsl.fetchExists(PARTNERSHIP_MEMBERSHIP, PARTNERSHIP_MEMBERSHIP.USER_ID.eq(userId));
    }

    public Optional<String> groupName(UUID groupId) {
        return dsl.select(REVIEW_GROUP.NAME).from(REVIEW_GROUP).where(REVIEW_GROUP.ID.eq(groupId)).fetchOptional(REVIEW_GROUP.NAME);
    }

    /** The groups in which the user holds a seat on {@code day}. */
    public List<UUID> groupsSeating(UUID userId, LocalDate day) {
        return dsl.selectDistinct(GROUP_MEMBER.GROUP_ID).from(GROUP_MEMBER)
                .where(GROUP_MEMBER.USER_ID.eq(userId), GroupSeatQueries.filledOn(day))
                .fetch(GROUP_MEMBER.GROUP_ID);
    }

    /** The meetings of the groups starting in [from, to), by start. */
    public List<CalendarMeeting> meetings(List<UUID> groupIds, Instant from, Instant to) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        Field<Integer> changes = field(selectCount().from(MEETING_CHANGE).where(MEETING_CHANGE.MEETING_ID.eq(MEETING.ID)));
        return dsl.select(MEETING.ID, REVIEW_GROUP.NAME, MEETING.TITLE, MEETING.SCHEDULED_START, MEETING.DURATION_MINUTES,
                        MEETING.LOCATION, MEETING.STATUS, MEETING.STATUS_REASON, changes)
                .from(MEETING).join(REVIEW_GROUP).on(REVIEW_GROUP.ID.eq(MEETING.GROUP_ID))
                .where(MEETING.GROUP_ID.eq(any(groupIds.toArray(UUID[]::new))), MEETING.SCHEDULED_START.ge(utc(from)),
                        MEETING.SCHEDULED_START.lt(utc(to)))
                .orderBy(MEETING.SCHEDULED_START, MEETING.ID)
                .fetch(r -> new CalendarMeeting(r.value1(), r.value2(), r.value3(), instant(r.value4()), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }
}
