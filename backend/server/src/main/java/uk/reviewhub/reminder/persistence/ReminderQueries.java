package uk.reviewhub.reminder.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.reviewhub.reminder.domain.ReminderFacts.Person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What reminders read, for the bound partnership (row-level security keeps every query to it).
 * People are users that are active and have an email address; app_user is global, reached only
 * through the partnership's own seats and memberships.
 */
@Singleton
@Connectable
public class ReminderQueries {

    private final DSLContext dsl;

    ReminderQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every tenant id, through the security-definer {@code platform.partnership_ids()} (works with no tenant bound). */
    public List<UUID> partnershipIds() {
        return dsl.fetch("select id from platform.partnership_ids() as id").map(r -> r.get(0, UUID.class));
    }

    public Optional<String> partnershipName() {
        return dsl.fetchOptional("select name from partnership").map(r -> r.get(0, String.class));
    }

    public record SeatRow(UUID memberId, UUID groupId, String groupRole, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                          @Nullable Person person) {
    }

    /** Every seat of every group, with its linked active user where there is one. */
    public List<SeatRow> seats() {
        return dsl.fetch("""
                select gm.id, gm.group_id, gm.group_role, gm.start_date, gm.end_date, u.id as user_id, u.email::text as email
                  from group_member gm left join app_user u on u.id = gm.user_id and u.active
                 order by gm.group_id, gm.id""")
                .map(r -> new SeatRow(r.get("id", UUID.class), r.get("group_id", UUID.class), r.get("group_role", String.class),
                        r.get("start_date", LocalDate.class), r.get("end_date", LocalDate.class), person(r)));
    }

    /** Active users holding {@code role} in the partnership (e.g. PARTNERSHIP_ADMIN, BUSINESS_SUPPORT). */
    public List<Person> peopleWithRole(String role) {
        return dsl.fetch("""
                select u.id as user_id, u.email::text as email
                  from partnership_membership pm join app_user u on u.id = pm.user_id
                 where u.active and ? = any(pm.roles)
                 order by u.email""", role)
                .map(ReminderQueries::person);
    }

    public record MeetingRow(UUID id, UUID groupId, String title, String status, Instant scheduledStart) {
    }

    /** A meeting to come, with the users who have submitted an agenda item for it. */
    public record UpcomingMeeting(MeetingRow meeting, Set<UUID> submitters) {
    }

    /** Meetings planned or moved that start at or after {@code from}, each with its items' submitters. */
    public List<UpcomingMeeting> upcomingMeetings(Instant from) {
        return dsl.fetch("""
                select m.id, m.group_id, m.title, m.status, m.scheduled_start,
                       array(select distinct ai.submitted_by from agenda_item ai
                              where ai.tenant_id = m.tenant_id and ai.meeting_id = m.id) as submitters
                  from meeting m
                 where m.status in ('PLANNED', 'MOVED') and m.scheduled_start >= ?::timestamptz
                 order by m.scheduled_start, m.id""", from.atOffset(ZoneOffset.UTC))
                .map(r -> {
                    UUID[] submitters = r.get("submitters", UUID[].class);
                    return new UpcomingMeeting(new MeetingRow(r.get("id", UUID.class), r.get("group_id", UUID.class),
                            r.get("title", String.class), r.get("status", String.class),
                            r.get("scheduled_start", OffsetDateTime.class).toInstant()),
                            submitters == null ? Set.of() : Set.of(submitters));
                });
    }

    /** A meeting and its location, for the event notices. */
    public Optional<MeetingAt> meeting(UUID meetingId) {
        return dsl.fetchOptional("select id, group_id, title, status, scheduled_start, location from meeting where id = ?", meetingId)
                .map(r -> new MeetingAt(new MeetingRow(r.get("id", UUID.class), r.get("group_id", UUID.class),
                        r.get("title", String.class), r.get("status", String.class),
                        r.get("scheduled_start", OffsetDateTime.class).toInstant()), r.get("location", String.class)));
    }

    /** The meeting that minutes belong to. */
    public Optional<UUID> meetingOfMinutes(UUID minutesId) {
        return dsl.fetchOptional("select meeting_id from minutes where id = ?", minutesId).map(r -> r.get(0, UUID.class));
    }

    public record MeetingAt(MeetingRow meeting, @Nullable String location) {
    }

    public record ActionRow(UUID id, UUID groupId, String description, String owner, @Nullable UUID ownerMemberId,
                            @Nullable String agency, LocalDate dueDate, String status) {
    }

    public List<ActionRow> openActions() {
        return dsl.fetch("""
                select a.id, m.group_id, a.description, a.owner, a.owner_member_id, ag.name as agency, a.due_date, a.status
                  from meeting_action a
                  join meeting m on m.tenant_id = a.tenant_id and m.id = a.meeting_id
                  left join agency ag on ag.tenant_id = a.tenant_id and ag.id = a.agency_id
                 where a.status = 'OPEN'
                 order by a.due_date, a.id""")
                .map(r -> new ActionRow(r.get("id", UUID.class), r.get("group_id", UUID.class), r.get("description", String.class),
                        r.get("owner", String.class), r.get("owner_member_id", UUID.class), r.get("agency", String.class),
                        r.get("due_date", LocalDate.class), r.get("status", String.class)));
    }

    public int actionCount(UUID meetingId) {
        return dsl.fetchSingle("select count(*) from meeting_action where meeting_id = ? and status <> 'CANCELLED'", meetingId)
                .get(0, Integer.class);
    }

    /** The titles of the meeting's accepted agenda items, in agenda order. */
    public List<String> acceptedItemTitles(UUID meetingId) {
        return dsl.fetch("""
                select title from agenda_item where meeting_id = ? and decision = 'ACCEPTED'
                 order by position nulls last, submitted_at, id""", meetingId)
                .map(r -> r.get(0, String.class));
    }

    private static Person person(Record r) {
        UUID userId = r.get("user_id", UUID.class);
        String email = r.get("email", String.class);
        return userId == null || email == null ? null : new Person(userId, email);
    }
}
