package uk.reviewhub.time.context;

import uk.reviewhub.time.LondonTime;
import uk.reviewhub.time.WorkingDayCalendar;
import uk.reviewhub.time.WorkingDayCalendars;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import uk.reviewhub.time.clock.ClockDefinitions;
import uk.reviewhub.time.clock.StatutoryClock;
import uk.reviewhub.time.persistence.DivisionQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one time context of the bound partnership: its working days (the calendar of its own
 * bank-holiday division, {@code partnership.calendar_division}), the statutory clock reading on
 * them, and today's date in London from the injected {@link Clock}. Every working-day computation
 * (agenda late flags, publishing and minutes clocks, measures, the CAP's RAG, reminders, case clocks,
 * the deadline calculator) takes its calendar from here, never from a fixed division.
 */
@Singleton
public class PartnershipTime {

    private final DivisionQuery division;
    private final WorkingDayCalendars calendars;
    private final Clock clock;
    private final int dueSoonWorkingDays;
    private final ClockDefinitions defaults;
    private final Map<String, StatutoryClock> clocks = new ConcurrentHashMap<>();

    public PartnershipTime(DivisionQuery division, WorkingDayCalendars calendars, Clock clock, ClockDefinitions defaults,
                           @Value("${reviewhub.clocks.due-soon-working-days:3}") int dueSoonWorkingDays) {
        this.division = division;
        this.calendars = calendars;
        this.clock = clock;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
        this.defaults = defaults;
    }

    /** The bound partnership's working days (England and Wales when none is bound). */
    public WorkingDayCalendar calendar() {
        return calendars.forDivision(division.calendarDivision());
    }

    /** The statutory clock on the bound partnership's working days. */
    public StatutoryClock statutoryClock() {
        return clocks.computeIfAbsent(division.calendarDivision(),
                d -> new StatutoryClock(calendars.forDivision(d), dueSoonWorkingDays));
    }

    /** The bound partnership's clock catalogue: the defaults with its pack's rules laid over them. */
    public ClockDefinitions clocks() {
        return defaults.withOverrideTexts(division.clockOverrides());
    }

    /** Today in London. */
    public LocalDate today() {
        return LondonTime.today(clock);
    }
}
