package uk.reviewhub.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Working days of one division: every day except Saturdays, Sundays and that division's bank
 * holidays. It covers whole years, from 1 January of the first year its data lists to 31 December
 * of the last, and past the data, to the end of {@link #PROJECTED_THROUGH}, the bank holidays its
 * {@link StandingRules} give, marked as projected ({@link #isProjected}) until data laid over the
 * bundled copy replaces them. Any question about a day outside that span (before the data, or a
 * division without standing rules past its data) raises {@link DateOutsideCalendarException}
 * instead of guessing.
 *
 * <p>Counting convention (backend/DOMAIN.md): for "N working days after" an event, the event's own day is
 * day 0 whatever it is, day 1 is the first working day after it and the due date is day N. Counting
 * back ("at least N working days before") works the same way: the Nth working day before the
 * event's day.
 */
public final class WorkingDayCalendar {

    /** The last year the standing rules are projected to. */
    public static final int PROJECTED_THROUGH = 2100;

    private final String division;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final LocalDate dataLastDay;
    private final Map<LocalDate, BankHoliday> bankHolidays;
    /** Every working day in the covered span, as epoch days, ascending. */
    private final long[] workingDays;

    private WorkingDayCalendar(String division, List<BankHoliday> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("No bank holidays listed for the division '" + division + "'");
        }
        this.division = division;
        this.bankHolidays = new LinkedHashMap<>();
        events.forEach(event -> bankHolidays.put(event.date(), event));
        int firstYear = events.getFirst().date().getYear();
        int lastYear = events.getLast().date().getYear();
        Set<Integer> years = events.stream().map(e -> e.date().getYear()).collect(Collectors.toCollection(TreeSet::new));
        for (int year = firstYear; year <= lastYear; year++) {
            if (!years.contains(year)) {
                // Every year has bank holidays: a year without any is a hole in the data, not a year off.
                throw new IllegalArgumentException("The " + division + " bank-holiday data lists years "
                        + firstYear + " to " + lastYear + " but nothing for " + year);
            }
        }
        this.firstDay = Year.of(firstYear).atDay(1);
        this.dataLastDay = Year.of(lastYear).atMonth(12).atEndOfMonth();
        int projectedTo = StandingRules.knows(division) ? Math.max(lastYear, PROJECTED_THROUGH) : lastYear;
        for (int year = lastYear + 1; year <= projectedTo; year++) {
            StandingRules.year(division, year).forEach(event -> bankHolidays.put(event.date(), event));
        }
        this.lastDay = Year.of(projectedTo).atMonth(12).atEndOfMonth();
        this.workingDays = firstDay.datesUntil(lastDay.plusDays(1))
                .filter(day -> !isWeekend(day) && !bankHolidays.containsKey(day))
                .mapToLong(LocalDate::toEpochDay)
                .toArray();
    }

    /** The calendar of {@code division} (e.g. {@code "england-and-wales"}) from {@code feed}. */
    public static WorkingDayCalendar of(BankHolidayFeed feed, String division) {
        return new WorkingDayCalendar(division, feed.events(division));
    }

    /** England and Wales from the bundled data alone. */
    public static WorkingDayCalendar englandAndWales() {
        return of(BankHolidayFeed.bundled(), BankHolidayFeed.ENGLAND_AND_WALES);
    }

    public String division() {
        return division;
    }

    /** 1 January of the first year covered. */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** 31 December of the last year covered, projected years included. */
    public LocalDate lastDay() {
        return lastDay;
    }

    /** 31 December of the last year of the published data; later days are projected. */
    public LocalDate dataLastDay() {
        return dataLastDay;
    }

    /** Whether {@code date} lies past the published data, so its working days are projected from the standing rules. */
    public boolean isProjected(LocalDate date) {
        return date != null && date.isAfter(dataLastDay);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        return !isWeekend(date) && !bankHolidays.containsKey(date);
    }

    public Optional<BankHoliday> bankHoliday(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(bankHolidays.get(date));
    }

    /** The bank holidays from {@code from} to {@code to}, both included, in date order. */
    public List<BankHoliday> bankHolidaysBetween(LocalDate from, LocalDate to) {
        requireCovered(from);
        requireCovered(to);
        LocalDate start = from.isAfter(to) ? to : from;
        LocalDate end = from.isAfter(to) ? from : to;
        List<BankHoliday> found = new ArrayList<>();
        for (BankHoliday holiday : bankHolidays.values()) {
            if (!holiday.date().isBefore(start) && !holiday.date().isAfter(end)) {
                found.add(holiday);
            }
        }
        return found;
    }

    /**
     * Day {@code n} counted from {@code date} (day 0, working or not): the nth working day after it,
     * or for a negative n the |n|th working day before it. {@code n == 0} gives {@code date}.
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        requireCovered(date);
        if (n == 0) {
            return date;
        }
        long day = date.toEpochDay();
        long index = n > 0
                ? (long) countOnOrBefore(day) + n - 1
                : (long) countBefore(day) + n;
        if (index < 0 || index >= workingDays.length) {
            LocalDate beyond = n > 0 ? lastDay.plusDays(1) : firstDay.minusDays(1);
            throw new DateOutsideCalendarException(beyond, division, firstDay, lastDay);
        }
        return LocalDate.ofEpochDay(workingDays[(int) index]);
    }

    /**
     * How many working days {@code to} is from {@code from}, counted the same way as
     * {@link #addWorkingDays}: for {@code to} after {@code from}, the working days after {@code from}
     * up to and including {@code to}; for {@code to} before {@code from}, minus the working days from
     * {@code to} up to but excluding {@code from}. So {@code addWorkingDays(from, workingDaysBetween(from, to))}
     * is {@code to} whenever {@code to} is a working day.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        requireCovered(from);
        requireCovered(to);
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        return a <= b
                ? countOnOrBefore(b) - countOnOrBefore(a)
                : -(countBefore(a) - countBefore(b));
    }

    /** {@code date} itself when it is a working day, otherwise the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : addWorkingDays(date, 1);
    }

    private int countOnOrBefore(long epochDay) {
        int position = Arrays.binarySearch(workingDays, epochDay);
        return position >= 0 ? position + 1 : -position - 1;
    }

    private int countBefore(long epochDay) {
        int position = Arrays.binarySearch(workingDays, epochDay);
        return position >= 0 ? position : -position - 1;
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new DateOutsideCalendarException(date, division, firstDay, lastDay);
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + division + ", " + firstDay + " to " + dataLastDay
                + (lastDay.equals(dataLastDay) ? "" : ", projected to " + lastDay) + "]";
    }
}
