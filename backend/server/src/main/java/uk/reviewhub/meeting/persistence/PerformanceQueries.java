package uk.reviewhub.meeting.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static uk.reviewhub.meeting.persistence.MeetingQueries.instant;
import static uk.reviewhub.meeting.persistence.MeetingQueries.utc;

/** The facts performance measures are counted from, for one group over a period. */
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
        return dsl.fetch("""
                select m.id, m.kind, m.scheduled_start, m.status, m.quorate,
                       (select n.circulated_on from minutes n where n.meeting_id = m.id and n.number = 1) as circulated_on,
                       (select count(*) from attendance a where a.meeting_id = m.id and a.status = 'APOLOGIES') as apologies,
                       (select count(*) from attendance a where a.meeting_id = m.id and a.status = 'ABSENT') as absent
                  from meeting m
                 where m.group_id = ? and m.scheduled_start >= ?::timestamptz and m.scheduled_start < ?::timestamptz
                 order by m.scheduled_start""", groupId, utc(from), utc(to))
                .map(r -> new MeetingFacts(r.get("id", UUID.class), r.get("kind", String.class), instant(r, "scheduled_start"),
                        r.get("status", String.class), r.get("quorate", Boolean.class), r.get("circulated_on", LocalDate.class),
                        r.get("apologies", Integer.class), r.get("absent", Integer.class)));
    }

    /** Actions from the group's meetings due from {@code from} to {@code to}, cancelled ones left out. */
    public List<ActionFacts> actions(UUID groupId, LocalDate from, LocalDate to) {
        return dsl.fetch("""
                select a.due_date, a.status, a.completed_on from meeting_action a join meeting m on m.id = a.meeting_id
                 where m.group_id = ? and a.due_date between ?::date and ?::date and a.status <> 'CANCELLED'""",
                groupId, from, to)
                .map(r -> new ActionFacts(r.get("due_date", LocalDate.class), r.get("status", String.class),
                        r.get("completed_on", LocalDate.class)));
    }
}
