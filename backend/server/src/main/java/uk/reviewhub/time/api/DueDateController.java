package uk.reviewhub.time.api;

import uk.reviewhub.api.calendar.CalendarApi;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import uk.reviewhub.api.calendar.ClockOption;
import uk.reviewhub.api.calendar.DueDateResponse;
import uk.reviewhub.time.context.DeadlineCalculator;

import java.util.List;

/**
 * The deadline calculator over HTTP ({@link DeadlineCalculator} holds its rules): any signed-in person
 * may ask; the answer is in the signed-in partnership's working days and clocks (England and Wales
 * and the default clocks for platform roles, who have no partnership).
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class DueDateController implements CalendarApi {

    private final DeadlineCalculator calculator;

    DueDateController(DeadlineCalculator calculator) {
        this.calculator = calculator;
    }

    /** The partnership's clocks, by code and name, for the calculator to offer. */
    @Override
    public List<ClockOption> clocks() {
        return calculator.clocks().stream()
                .map(c -> new ClockOption(c.code(), c.title(), c.rule().describe(), c.event())).toList();
    }

    /**
     * The due date from a start date, by working days, months or a clock's code. Parameters arrive as
     * text so that every bad input gets a readable 400 naming it.
     */
    @Override
    public DueDateResponse due(@Nullable String start, @Nullable String workingDays, @Nullable String months,
                               @Nullable String clock) {
        DeadlineCalculator.Due due = calculator.due(start, workingDays, months, clock);
        return new DueDateResponse(due.due(), due.start(), due.rule(), due.explanation(), due.division(), due.projected());
    }
}
