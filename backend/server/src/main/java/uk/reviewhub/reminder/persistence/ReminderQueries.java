package uk.reviewhub.reminder.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;
import uk.reviewhub.database.jooq.tables.MeetingAction;
import uk.reviewhub.reminder.domain.ReminderFacts.Person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.val;
import static uk.reviewhub.database.jooq.Tables.AGENCY;
import static uk.reviewhub.database.jooq.Tables.AGENDA_ITEM;
import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.database.jooq.Tables.GROUP_MEMBER;
import static uk.reviewhub.database.jooq.Tables.MEETING;
import static uk.reviewhub.database.jooq.Tables.MEETING_ACTION;
import static uk.reviewhub.database.jooq.Tables.MINUTES;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP_MEMBERSHIP;

/**
 * What reminders read, on jOOQ's generated tables, for the bound partnership (row-level security keeps every query to it).
 * People are users that are active and have an email address; app_user is global, reached only
 * through the partnership's own seats and memberships.
 */
@Singleton
@Connectable
public class ReminderQueries {

    /** The email (a citext column, which jOOQ knows only as an object) read as text. */
    private static final Field<String> EMAIL = APP_USER.EMAIL.cast(SQLDataType.VARCHAR);

    private final DSLContext dsl;

    ReminderQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every tenant id, through the security-definer {@code platform.partnership_ids()} (works with no tenant bound). */
    public List<UUID> partnershipIds() {
        return dsl.select(function(name("platform", "partnership_ids"), SQLDataType.UUID)).fetch(0, UUID.class);
    }

    public Optional<String> partnershipName() {
        return dsl.select(PARTNERSHIP.NAME).from(PARTNERSHIP).fetchOptional(PARTNERSHIP.NAME);
    }

    public record SeatRow(UUID memberId, UUID groupId, String groupRole, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                          @Nullable Person person) {
    }

    /** Every seat of every group, with its linked active user where there is one. */
    public List<SeatRow> seats() {
        return dsl.select(GROUP_MEMBER.ID, GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.GROUP_ROLE, GROUP_MEMBER.START_DATE,
                        GROUP_MEMBER.END_DATE, APP_USER.ID, EMAIL)
                .from(GROUP_MEMBER).leftJoin(APP_USER).on(APP_USER.ID.eq(GROUP_MEMBER.USER_ID), condition(APP_USER.ACTIVE))
                .orderBy(GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.ID)
                .fetch(r -> new SeatRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), person(r.value6(), r.value7())));
    }

    /** Active users holding {@code role} in the partnership (e.g. PARTNERSHIP_ADMIN, BUSINESS_SUPPORT). */
    public List<Person> peopleWithRole(String role) {
        return dsl.select(APP_USER.ID, EMAIL)
                .from(PARTNERSHIP_MEMBERSHIP).join(APP_USER).on(APP_USER.ID.eq(PARTNERSHIP_MEMBERSHIP.USER_ID))
                .where(condition(APP_USER.ACTIVE), val(role).eq(any(PARTNERSHIP_MEMBERSHIP.ROLES)))
                .orderBy(APP_USER.EMAIL)
                .fetch(r -> person(r.value1(), r.value2()));
    }

    public record MeetingRow(UUID id, UUID groupId, String title, String status, Instant scheduledStart) {
    }

    /** A meeting to come, with the users who have submitted an agenda item for it. */
    public record UpcomingMeeting(MeetingRow meeting, Set<UUID> submitters) {
    }

    /** Meetings planned or moved that start at or after {@code from}, each with its items' submitters. */
    public List<UpcomingMeeting> upcomingMeetings(Instant from) {
        Field<UUID[]> submitters = array(selectDistinct(AGENDA_ITEM.SUBMITTED_BY).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.TENANT_ID.eq(MEETING.TENANT_ID), AGENDA_ITEM.MEETING_ID.eq(MEETING.ID)));
        return dsl.select(MEETING.ID, MEETING.GROUP_ID, MEETING.TITLE, MEETING.STATUS, MEETING.SCHEDULED_START, submitters)
                .from(MEETING)
                .where(MEETING.STATUS.in("PLANNED", "MOVED"), MEETING.SCHEDULED_START.ge(from.atOffset(ZoneOffset.UTC)))
                .orderBy(MEETING.SCHEDULED_START, MEETING.ID)
                .fetch(r -> new UpcomingMeeting(new MeetingRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().toInstant()),
                        r.value6() == null ? Set.of() : Set.of(r.value6())));
    }

    /** A meeting and its location, for the event notices. */
    public Optional<MeetingAt> meeting(UUID meetingId) {
        return dsl.select(MEETING.ID, MEETING.GROUP_ID, MEETING.TITLE, MEETING.STATUS, MEETING.SCHEDULED_START, MEETING.LOCATION)
                .from(MEETING).where(MEETING.ID.eq(meetingId))
                .fetchOptional(r -> new MeetingAt(new MeetingRow(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5().toInstant()), r.value6()));
    }

    /** The meeting that minutes belong to. */
    public Optional<UUID> meetingOfMinutes(UUID minutesId) {
        return dsl.select(MINUTES.MEETING_ID).from(MINUTES).where(MINUTES.ID.eq(minutesId)).fetchOptional(MINUTES.MEETING_ID);
    }

    public record MeetingAt(MeetingRow meeting, @Nullable String location) {
    }

    public record ActionRow(UUID id, UUID groupId, String description, String owner, @Nullable UUID ownerMemberId,
                            @Nullable String agency, LocalDate dueDate, String status) {
    }

    public List<ActionRow> openActions() {
        MeetingAction a = MEETING_ACTION;
        return dsl.select(a.ID, MEETING.GROUP_ID, a.DESCRIPTION, a.OWNER, a.OWNER_MEMBER_ID, AGENCY.NAME, a.DUE_DATE, a.STATUS)
                .from(a)
                .join(MEETING).on(MEETING.TENANT_ID.eq(a.TENANT_ID), MEETING.ID.eq(a.MEETING_ID))
                .leftJoin(AGENCY).on(AGENCY.TENANT_ID.eq(a.TENANT_ID), AGENCY.ID.eq(a.AGENCY_ID))
                .where(a.STATUS.eq("OPEN"))
                .orderBy(a.DUE_DATE, a.ID)
                .fetch(r -> new ActionRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8()));
    }

    public int actionCount(UUID meetingId) {
        return dsl.fetchCount(MEETING_ACTION, MEETING_ACTION.MEETING_ID.eq(meetingId).and(MEETING_ACTION.STATUS.ne("CANCELLED")));
    }

    /** The titles of the meeting's accepted agenda items, in agenda order. */
    public List<String> acceptedItemTitles(UUID meetingId) {
        return dsl.select(AGENDA_ITEM.TITLE).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId), AGENDA_ITEM.DECISION.eq("ACCEPTED"))
                .orderBy(AGENDA_ITEM.POSITION.nullsLast(), AGENDA_ITEM.SUBMITTED_AT, AGENDA_ITEM.ID)
                .fetch(AGENDA_ITEM.TITLE);
    }

    private static Person person(@Nullable UUID userId, @Nullable String email) {
        return userId == null || email == null ? null : new Person(userId, email);
    }
}
