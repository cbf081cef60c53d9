package uk.reviewhub.meeting.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static uk.reviewhub.meeting.persistence.MeetingQueries.instant;
import static uk.reviewhub.meeting.persistence.MeetingQueries.utc;

/**
 * Calendar feeds and the meetings they show. Only {@link #feedByToken} runs with no tenant bound,
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
        dsl.execute("insert into calendar_feed (tenant_id, id, user_id, token_hash) values (current_tenant_id(), ?, ?, ?)",
                id, userId, tokenHash);
    }

    public List<FeedRow> feeds(UUID userId) {
        return dsl.fetch("select id, created_at, revoked_at from calendar_feed where user_id = ? order by created_at, id", userId)
                .map(r -> new FeedRow(r.get("id", UUID.class), instant(r, "created_at"), instant(r, "revoked_at")));
    }

    /** 1 if revoked now; 0 if it is not this user's feed (or already revoked). */
    public int revoke(UUID feedId, UUID userId) {
        return dsl.execute("update calendar_feed set revoked_at = now() where id = ? and user_id = ? and revoked_at is null",
                feedId, userId);
    }

    public boolean feedExists(UUID feedId, UUID userId) {
        return dsl.fetchExists(dsl.selectOne().from("calendar_feed").where("id = ? and user_id = ?", feedId, userId));
    }

    /** The live feed behind a token hash, looked up before any tenant is bound. */
    public Optional<FeedOwner> feedByToken(byte[] tokenHash) {
        return dsl.fetchOptional("select tenant_id, feed_id, user_id from platform.calendar_feed_by_token(?)", tokenHash)
                .map(r -> new FeedOwner(r.get("tenant_id", UUID.class), r.get("feed_id", UUID.class), r.get("user_id", UUID.class)));
    }

    /** Whether the user still holds a role in the bound partnership. */
    public boolean holdsRole(UUID userId) {
        return dsl.fetchExists(dsl.selectOne().from("partnership_membership").where("user_id = ?", userId));
    }

    public Optional<String> groupName(UUID groupId) {
        return dsl.fetchOptional("select name from review_group where id = ?", groupId).map(r -> r.get("name", String.class));
    }

    /** The groups in which the user holds a seat on {@code day}. */
    public List<UUID> groupsSeating(UUID userId, LocalDate day) {
        return dsl.fetch("""
                select distinct group_id from group_member
                 where user_id = ? and (start_date is null or start_date <= ?::date) and (end_date is null or end_date >= ?::date)""",
                userId, day, day).map(r -> r.get("group_id", UUID.class));
    }

    /** The meetings of the groups starting in [from, to), by start. */
    public List<CalendarMeeting> meetings(List<UUID> groupIds, Instant from, Instant to) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return dsl.fetch("""
                select m.id, g.name as group_name, m.title, m.scheduled_start, m.duration_minutes, m.location, m.status,
                       m.status_reason, (select count(*) from meeting_change c where c.meeting_id = m.id) as changes
                  from meeting m join review_group g on g.id = m.group_id
                 where m.group_id = any(?::uuid[]) and m.scheduled_start >= ?::timestamptz and m.scheduled_start < ?::timestamptz
                 order by m.scheduled_start, m.id""", groupIds.toArray(UUID[]::new), utc(from), utc(to))
                .map(r -> new CalendarMeeting(r.get("id", UUID.class), r.get("group_name", String.class),
                        r.get("title", String.class), instant(r, "scheduled_start"), r.get("duration_minutes", Integer.class),
                        r.get("location", String.class), r.get("status", String.class), r.get("status_reason", String.class),
                        r.get("changes", Integer.class)));
    }
}
