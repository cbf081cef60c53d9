package uk.reviewhub.meeting.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static uk.reviewhub.database.jooq.Tables.ATTENDANCE;
import static uk.reviewhub.database.jooq.Tables.MEETING;
import static uk.reviewhub.database.jooq.Tables.MEETING_ACTION;
import static uk.reviewhub.database.jooq.Tables.MINUTES;
import static uk.reviewhub.meeting.persistence.MeetingQueries.instant;
import static uk.reviewhub.meeting.persistence.MeetingQueries.utc;

/** The facts performance measures are counted from, for one group over a period, on jOOQ's generated tables. */
@Singleton
@Connectable
public class PerformanceQueries {

    private final DSLContext dsl;

    PerformanceQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record MeetingFacts(UUID id, String kind, Instant start, String status, @Nullable Boolean quorate,
                               @Nullable LocalDate minutesCirculatedOn, int apologies, int absent) {
    }

    public record ActionFacts(LocalDate dueDate, String status, @Nullable LocalDate completedOn) {
    }

    /** The group's meetings starting in [from, to). */
    public List<MeetingFacts> meetings(UUID groupId, Instant from, Instant to) {
        Field<LocalDate> circulatedOn = field(select(MINUTES.CIRCULATED_ON).from(MINUTES)
                .where(MINUTES.MEETING_ID.eq(MEETING.ID), MINUTES.NUMBER.eq(1)));
        return dsl.select(MEETING.ID, MEETING.KIND, MEETING.SCHEDULED_START, MEETING.STATUS, MEETING.QUORATE, circulatedOn,
                        seats(ATTENDANCE_APOLOGIES), seats(ATTENDANCE_ABSENT))
                .from(MEETING)
                .where(MEETING.GROUP_ID.eq(groupId), MEETING.SCHEDULED_START.ge(utc(from)), MEETING.SCHEDULED_START.lt(utc(to)))
                .orderBy(MEETING.SCHEDULED_START)
                .fetch(r -> new MeetingFacts(r.value1(), r.value2(), instant(r.value3()), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    private static final String ATTENDANCE_APOLOGIES = "APOLOGIES";
    private static final String ATTENDANCE_ABSENT = "ABSENT";

    /** How many of the meeting's seats were recorded with this attendance. */
    private static Field<Integer> seats(String status) {
        return field(selectCount().from(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(MEETING.ID), ATTENDANCE.STATUS.eq(status)));
    }

    /** Actions from the group's meetings due from {@code from} to {@code to}, cancelled ones left out. */
    public List<ActionFacts> actions(UUID groupId, LocalDate from, LocalDate to) {
        return dsl.select(MEETING_ACTION.DUE_DATE, MEETING_ACTION.STATUS, MEETING_ACTION.COMPLETED_ON)
                .from(MEETING_ACTION).join(MEETING).on(MEETING.ID.eq(MEETING_ACTION.MEETING_ID))
                .where(MEETING.GROUP_ID.eq(groupId), MEETING_ACTION.DUE_DATE.between(from, to), MEETING_ACTION.STATUS.ne("CANCELLED"))
                .fetch(r -> new ActionFacts(r.value1(), r.value2(), r.value3()));
    }
}
