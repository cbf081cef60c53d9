package uk.reviewhub.api.casereview;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One step of a case's timeline: its clock (if the step has one), due date, actual date and status in words. {@code status} is a ClockStatus name (NOT_STARTED, ON_TRACK, DUE_SOON, OVERDUE, MET_ON_TIME, MET_LATE, or OUTSIDE_CALENDAR when a date it needs is beyond the bank-holiday data: {@code statusLabel} then says which year, e.g. "Cannot be computed: no bank-holiday data for 2031"), or DONE / PENDING for a step without a clock. {@code dueProjected} is true when the due date was counted over bank holidays projected from the standing rules, past the published data (it may change once they are published). */
@Serdeable
public record TimelineStep(
        String code,
        String title,
        @Nullable String clock,
        @Nullable String rule,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate dueOn,
        @Nullable LocalDate actualOn,
        String status,
        String statusLabel,
        @Nullable Integer workingDaysRemaining,
        @Nullable Integer workingDaysLate,
        boolean dueProjected) {

    @Creator
    public TimelineStep {
    }

    /** A step whose due date, if any, lies within the published bank holidays. */
    public TimelineStep(String code, String title, @Nullable String clock, @Nullable String rule, @Nullable LocalDate startedOn,
                        @Nullable LocalDate dueOn, @Nullable LocalDate actualOn, String status, String statusLabel,
                        @Nullable Integer workingDaysRemaining, @Nullable Integer workingDaysLate) {
        this(code, title, clock, rule, startedOn, dueOn, actualOn, status, statusLabel, workingDaysRemaining, workingDaysLate, false);
    }
}
