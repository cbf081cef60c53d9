package uk.reviewhub.time.context;

import uk.reviewhub.time.WorkingDayCalendar;
import uk.reviewhub.time.DateOutsideCalendarException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.reviewhub.api.calendar.DueDateQuery;
import uk.reviewhub.api.validation.DateWindows;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.time.clock.ClockDefinition;
import uk.reviewhub.time.clock.ClockDefinitions;
import uk.reviewhub.time.clock.ClockRule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The deadline calculator for business support officers: a due date from a start date and either a
 * number of working days (negative counts back), a number of calendar months, or the code of a clock
 * in the signed-in partnership's catalogue (its pack's rules included). Every count runs on the
 * partnership's own working days ({@link PartnershipTime}). The parameters arrive as the text the
 * person typed, so every bad input is refused here with a sentence naming the parameter.
 */
@Singleton
public class DeadlineCalculator {

    /** About four years of working days: more is a typing slip, not a deadline. */
    public static final int MOST_WORKING_DAYS = 1000;
    public static final int MOST_MONTHS = 60;

    /**
     * A due date and how it follows; {@code projected} when the count ran past the published
     * bank-holiday data, over days the standing rules give ({@link WorkingDayCalendar#isProjected}).
     */
    public record Due(LocalDate due, LocalDate start, String rule, String explanation, String division, boolean projected) {
    }

    private final PartnershipTime time;

    public DeadlineCalculator(PartnershipTime time) {
        this.time = time;
    }

    /** The partnership's clocks, in catalogue order. */
    public List<ClockDefinition> clocks() {
        return time.clocks().all();
    }

    /** The due date in the bound partnership's working days and clocks. */
    public Due due(@Nullable String start, @Nullable String workingDays, @Nullable String months, @Nullable String clock) {
        return due(start, workingDays, months, clock, time.calendar(), time.clocks(), time.today());
    }

    /**
     * The due date in {@code calendar}'s working days, reading a clock code from {@code clocks}; the
     * start must be a plausible date around {@code today} (the query's window, {@link DueDateQuery}).
     */
    public static Due due(@Nullable String start, @Nullable String workingDays, @Nullable String months, @Nullable String clock,
                          WorkingDayCalendar calendar, ClockDefinitions clocks, LocalDate today) {
        LocalDate startDate = date(start, calendar, today);
        ClockRule rule = present(clock) ? clockRule(clock, workingDays, months, clocks) : rule(workingDays, months);
        if (!covered(rule, startDate, calendar)) {
            throw new InvalidFieldException(present(clock) ? "clock" : present(workingDays) ? "workingDays" : "months",
                    "The bank-holiday calendar covers " + calendar.firstDay() + " to " + calendar.lastDay()
                            + "; this count goes outside it.");
        }
        LocalDate due = rule.dueDate(startDate, calendar);
        boolean projected = calendar.isProjected(due) || calendar.isProjected(startDate);
        String explanation = rule.explain(startDate, calendar);
        if (projected) {
            explanation += " The bank holidays after " + calendar.dataLastDay().getYear() + " are not yet published: "
                    + "they are projected from the standing rules, so this date may change.";
        }
        return new Due(due, startDate, rule.describe(), explanation, calendar.division(), projected);
    }

    private static boolean covered(ClockRule rule, LocalDate start, WorkingDayCalendar calendar) {
        try {
            return calendar.covers(rule.dueDate(start, calendar));
        } catch (DateOutsideCalendarException beyond) {
            return false;
        }
    }

    private static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    private static ClockRule clockRule(String code, @Nullable String workingDays, @Nullable String months, ClockDefinitions clocks) {
        if (present(workingDays) || present(months)) {
            throw new InvalidFieldException("clock", "Give either clock=CODE or a count (workingDays=N or months=N), not both.");
        }
        return clocks.find(code.strip()).map(ClockDefinition::rule).orElseThrow(() -> new InvalidFieldException("clock",
                "There is no clock '" + code.strip() + "' in this partnership's catalogue; known clocks: "
                        + String.join(", ", clocks.all().stream().map(ClockDefinition::code).toList()) + "."));
    }

    private static LocalDate date(@Nullable String start, WorkingDayCalendar calendar, LocalDate today) {
        if (!present(start)) {
            throw new InvalidFieldException("start", "Give the start date as start=YYYY-MM-DD.");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(start.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("start", "The start date '" + start + "' is not a date in the form YYYY-MM-DD.");
        }
        DateWindows.Window window = DateWindows.of(DueDateQuery.class, "start");
        if (!window.contains(date, today)) {
            throw new InvalidFieldException("start", "The start date " + window.refusal(today) + ".");
        }
        if (!calendar.covers(date)) {
            throw new InvalidFieldException("start", "The bank-holiday calendar covers " + calendar.firstDay() + " to "
                    + calendar.lastDay() + "; " + date + " is outside it.");
        }
        return date;
    }

    private static ClockRule rule(@Nullable String workingDays, @Nullable String months) {
        boolean byWorkingDays = present(workingDays);
        boolean byMonths = present(months);
        if (byWorkingDays == byMonths) {
            throw new InvalidFieldException(byWorkingDays ? "months" : "workingDays",
                    "Give either workingDays=N (negative to count back), months=N or clock=CODE, not "
                            + (byWorkingDays ? "both." : "neither."));
        }
        if (byWorkingDays) {
            int n = number(workingDays, "workingDays", "The number of working days", -MOST_WORKING_DAYS, MOST_WORKING_DAYS);
            return n >= 0 ? new ClockRule.WorkingDaysAfter(n) : new ClockRule.WorkingDaysBefore(-n);
        }
        return new ClockRule.CalendarMonthsAfter(number(months, "months", "The number of months", 0, MOST_MONTHS));
    }

    private static int number(String text, String name, String words, int least, int most) {
        int n;
        try {
            n = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(name, words + " must be a whole number, not '" + text + "'.");
        }
        if (n < least || n > most) {
            throw new InvalidFieldException(name, words + " must be between " + least + " and " + most + ", not " + n + ".");
        }
        return n;
    }
}
