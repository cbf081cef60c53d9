package uk.reviewhub.time.context;

import jakarta.inject.Singleton;
import uk.reviewhub.time.BankHoliday;
import uk.reviewhub.time.WorkingDayCalendar;
import uk.reviewhub.time.WorkingDayCalendars;

import java.time.LocalDate;
import java.util.List;

/**
 * The time context of the national figures, which span partnerships and have none bound. They are
 * England's statistics and every safeguarding children partnership is in England, so their working
 * days are England and Wales's: this is the one place outside {@link PartnershipTime} that says so.
 */
@Singleton
public class NationalTime {

    private final WorkingDayCalendars calendars;

    NationalTime(WorkingDayCalendars calendars) {
        this.calendars = calendars;
    }

    /**
     * England and Wales's bank holidays from {@code from} to {@code to} inclusive, clipped to the
     * years the calendar knows; empty when the range lies outside them.
     */
    public List<LocalDate> bankHolidaysBetween(LocalDate from, LocalDate to) {
        WorkingDayCalendar calendar = calendars.englandAndWales();
        LocalDate start = from.isBefore(calendar.firstDay()) ? calendar.firstDay() : from;
        LocalDate end = to.isAfter(calendar.lastDay()) ? calendar.lastDay() : to;
        if (start.isAfter(end)) {
            return List.of();
        }
        return calendar.bankHolidaysBetween(start, end).stream().map(BankHoliday::date).toList();
    }
}
