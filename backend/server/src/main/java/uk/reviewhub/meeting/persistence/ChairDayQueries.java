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

import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.CHAIR_ALLOCATION;
import static uk.reviewhub.database.jooq.Tables.CHAIR_DAY;
import static uk.reviewhub.meeting.persistence.MeetingQueries.instant;

/** The chair's allocation and days, on jOOQ's generated tables, through row-level security. */
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
        return dsl.select(CHAIR_ALLOCATION.EFFECTIVE_FROM, CHAIR_ALLOCATION.DAYS_PER_YEAR, CHAIR_ALLOCATION.BASIS)
                .from(CHAIR_ALLOCATION).where(CHAIR_ALLOCATION.GROUP_ID.eq(groupId))
                .fetch(r -> new AllocationRow(r.value1(), r.value2(), r.value3()));
    }

    public void insert(UUID id, UUID groupId, LocalDate workedOn, BigDecimal days, String description, UUID loggedBy) {
        dsl.insertInto(CHAIR_DAY)
                .set(CHAIR_DAY.TENANT_ID, currentTenantId())
                .set(CHAIR_DAY.ID, id)
                .set(CHAIR_DAY.GROUP_ID, groupId)
                .set(CHAIR_DAY.WORKED_ON, workedOn)
                .set(CHAIR_DAY.DAYS, days)
                .set(CHAIR_DAY.DESCRIPTION, description)
                .set(CHAIR_DAY.LOGGED_BY, loggedBy)
                .execute();
    }

    /** The days worked from {@code from} to {@code to}, both included, by date. */
    public List<DayRow> days(UUID groupId, LocalDate from, LocalDate to) {
        return dsl.select(CHAIR_DAY.ID, CHAIR_DAY.WORKED_ON, CHAIR_DAY.DAYS, CHAIR_DAY.DESCRIPTION, CHAIR_DAY.LOGGED_AT)
                .from(CHAIR_DAY)
                .where(CHAIR_DAY.GROUP_ID.eq(groupId), CHAIR_DAY.WORKED_ON.between(from, to))
                .orderBy(CHAIR_DAY.WORKED_ON, CHAIR_DAY.LOGGED_AT, CHAIR_DAY.ID)
                .fetch(r -> new DayRow(r.value1(), r.value2(), r.value3(), r.value4(), instant(r.value5())));
    }

    /**
     * Holds, until the transaction ends, the lock on the group's {@code day}: a second log for the
     * same day waits here, then reads the total the first one wrote. Call inside the transaction
     * that checks the cap and inserts.
     */
    public void lockDay(UUID groupId, LocalDate day) {
        dsl.select(field("pg_advisory_xact_lock({0})", Object.class,
                function("hashtextextended", Long.class, concat(val("chair_day:"), currentTenantId().cast(String.class),
                        val(":" + groupId + ":" + day)), val(0)))).fetch();
    }

    /** The total days of chairing already logged on {@code day} (scrutineers' days are each their own). */
    public BigDecimal daysOn(UUID groupId, LocalDate day) {
        BigDecimal total = dsl.select(sum(CHAIR_DAY.DAYS)).from(CHAIR_DAY)
                .where(CHAIR_DAY.GROUP_ID.eq(groupId), CHAIR_DAY.WORKED_ON.eq(day), CHAIR_DAY.WORKED_BY.isNull())
                .fetchSingle(0, BigDecimal.class);
        return total == null ? BigDecimal.ZERO : total;
    }
}
