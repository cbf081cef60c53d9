package uk.reviewhub.time.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.calendar.DueDateResponse;
import uk.reviewhub.time.DateOutsideCalendarException;
import uk.reviewhub.time.WorkingDayCalendar;
import uk.reviewhub.time.clock.ClockRule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The deadline calculator for business support officers: a due date from a start date and either
 * a number of working days (negative counts back) or of calendar months.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class DueDateController {

    /** About four years of working days: more is a typing slip, not a deadline. */
    static final int MOST_WORKING_DAYS = 1000;
    static final int MOST_MONTHS = 60;

    private final WorkingDayCalendar calendar;

    DueDateController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    // Parameters arrive as text so that every bad input gets a readable 400 from here.
    @Get(ApiPaths.CALENDAR_DUE)
    DueDateResponse due(@QueryValue @Nullable String start,
                        @QueryValue @Nullable String workingDays,
                        @QueryValue @Nullable String months) {
        LocalDate startDate = date(start);
        ClockRule rule = rule(workingDays, months);
        try {
            return new DueDateResponse(rule.dueDate(startDate, calendar), startDate, rule.describe(),
                    rule.explain(startDate, calendar), calendar.division());
        } catch (DateOutsideCalendarException e) {
            throw badRequest("The bank-holiday calendar covers " + calendar.firstDay() + " to " + calendar.lastDay()
                    + "; this count goes outside it.");
        }
    }

    private LocalDate date(@Nullable String start) {
        if (start == null || start.isBlank()) {
            throw badRequest("Give the start date as start=YYYY-MM-DD.");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(start.strip());
        } catch (DateTimeParseException e) {
            throw badRequest("The start date '" + start + "' is not a date in the form YYYY-MM-DD.");
        }
        if (!calendar.covers(date)) {
            throw badRequest("The bank-holiday calendar covers " + calendar.firstDay() + " to " + calendar.lastDay()
                    + "; " + date + " is outside it.");
        }
        return date;
    }

    private static ClockRule rule(@Nullable String workingDays, @Nullable String months) {
        boolean byWorkingDays = workingDays != null && !workingDays.isBlank();
        boolean byMonths = months != null && !months.isBlank();
        if (byWorkingDays == byMonths) {
            throw badRequest("Give either workingDays=N (negative to count back) or months=N, not "
                    + (byWorkingDays ? "both." : "neither."));
        }
        if (byWorkingDays) {
            int n = number(workingDays, "workingDays", -MOST_WORKING_DAYS, MOST_WORKING_DAYS);
            return n >= 0 ? new ClockRule.WorkingDaysAfter(n) : new ClockRule.WorkingDaysBefore(-n);
        }
        return new ClockRule.CalendarMonthsAfter(number(months, "months", 0, MOST_MONTHS));
    }

    private static int number(String text, String name, int least, int most) {
        int n;
        try {
            n = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw badRequest(name + " must be a whole number, not '" + text + "'.");
        }
        if (n < least || n > most) {
            throw badRequest(name + " must be between " + least + " and " + most + ", not " + n + ".");
        }
        return n;
    }

    private static HttpStatusException badRequest(String message) {
        return new HttpStatusException(HttpStatus.BAD_REQUEST, message);
    }
}
