package uk.reviewhub.meeting.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static uk.reviewhub.meeting.persistence.MeetingQueries.instant;

/** The chair's allocation and days, through row-level security. */
@Singleton
@Connectable
public class ChairDayQueries {

    private final DSLContext dsl;

    ChairDayQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record AllocationRow(@Nullable LocalDate effectiveFrom, BigDecimal daysPerYear, @Nullable String basis) {
    }

    public record DayRow(UUID id, LocalDate workedOn, BigDecimal days, String description, Instant loggedAt) {
    }

    public List<AllocationRow> allocations(UUID groupId) {
        return dsl.fetch("select effective_from, days_per_year, basis from chair_allocation where group_id = ?", groupId)
                .map(r -> new AllocationRow(r.get("effective_from", LocalDate.class), r.get("days_per_year", BigDecimal.class),
                        r.get("basis", String.class)));
    }

    public void insert(UUID id, UUID groupId, LocalDate workedOn, BigDecimal days, String description, UUID loggedBy) {
        dsl.execute("""
                insert into chair_day (tenant_id, id, group_id, worked_on, days, description, logged_by)
                values (current_tenant_id(), ?, ?, ?::date, ?, ?, ?)""", id, groupId, workedOn, days, description, loggedBy);
    }

    /** The days worked from {@code from} to {@code to}, both included, by date. */
    public List<DayRow> days(UUID groupId, LocalDate from, LocalDate to) {
        return dsl.fetch("""
                select id, worked_on, days, description, logged_at from chair_day
                 where group_id = ? and worked_on between ?::date and ?::date order by worked_on, logged_at, id""",
                groupId, from, to)
                .map(r -> new DayRow(r.get("id", UUID.class), r.get("worked_on", LocalDate.class), r.get("days", BigDecimal.class),
                        r.get("description", String.class), instant(r, "logged_at")));
    }

    /**
     * Holds, until the transaction ends, the lock on the group's {@code day}: a second log for the
     * same day waits here, then reads the total the first one wrote. Call inside the transaction
     * that checks the cap and inserts.
     */
    public void lockDay(UUID groupId, LocalDate day) {
        dsl.fetch("select pg_advisory_xact_lock(hashtextextended('chair_day:' || current_tenant_id() || ':' || ? || ':' || ?, 0))",
                groupId.toString(), day.toString());
    }

    /** The total days of chairing already logged on {@code day} (scrutineers' days are each their own). */
    public BigDecimal daysOn(UUID groupId, LocalDate day) {
        BigDecimal total = dsl.fetchSingle("select sum(days) from chair_day where group_id = ? and worked_on = ?::date"
                        + " and worked_by is null", groupId, day)
                .get(0, BigDecimal.class);
        return total == null ? BigDecimal.ZERO : total;
    }
}
