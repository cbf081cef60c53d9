package uk.reviewhub.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The standing rules of each division's bank holidays (the Banking and Financial Dealings Act 1971
 * and the customary royal proclamations), for the years past the published data. A projection: a
 * one-off holiday (a jubilee, a coronation) or a moved one (the early May holiday of 2020) cannot
 * be foreseen, so data laid over the bundled copy always wins over these rules.
 *
 * <ul>
 *   <li>England and Wales: New Year's Day, Good Friday, Easter Monday, the first and last Mondays of
 *       May, the last Monday of August, Christmas Day, Boxing Day.</li>
 *   <li>Scotland: New Year's Day, 2 January, Good Friday, the first and last Mondays of May, the
 *       first Monday of August, St Andrew's Day (30 November), Christmas Day, Boxing Day.</li>
 *   <li>Northern Ireland: those of England and Wales, with St Patrick's Day (17 March) and the
 *       Battle of the Boyne (12 July).</li>
 * </ul>
 * A fixed-date holiday that falls on a Saturday or Sunday has a substitute day: the first weekday
 * after it that is not already a holiday (so Christmas on a Saturday moves to Monday 27 December
 * and Boxing Day to Tuesday 28 December). Easter is the Gregorian computus (Meeus/Jones/Butcher).
 */
public final class StandingRules {

    /** The {@code notes} of a projected holiday, as the feed's notes read. */
    public static final String PROJECTED = "Projected from the standing rules";

    private StandingRules() {
    }

    /** Whether there are standing rules for {@code division}. */
    public static boolean knows(String division) {
        return List.of(BankHolidayFeed.ENGLAND_AND_WALES, BankHolidayFeed.SCOTLAND, BankHolidayFeed.NORTHERN_IRELAND).contains(division);
    }

    /** Easter Sunday of {@code year} in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The bank holidays of {@code division} in {@code year} by the standing rules, in date order. */
    public static List<BankHoliday> year(String division, int year) {
        if (!knows(division)) {
            throw new IllegalArgumentException("No standing rules for the division '" + division + "'");
        }
        boolean scotland = division.equals(BankHolidayFeed.SCOTLAND);
        boolean northernIreland = division.equals(BankHolidayFeed.NORTHERN_IRELAND);
        List<Fixed> fixed = new ArrayList<>();
        List<BankHoliday> moving = new ArrayList<>();
        LocalDate easter = easterSunday(year);

        fixed.add(new Fixed("New Year’s Day", LocalDate.of(year, Month.JANUARY, 1)));
        if (scotland) {
            fixed.add(new Fixed("2nd January", LocalDate.of(year, Month.JANUARY, 2)));
        }
        if (northernIreland) {
            fixed.add(new Fixed("St Patrick’s Day", LocalDate.of(year, Month.MARCH, 17)));
        }
        moving.add(projected("Good Friday", easter.minusDays(2), ""));
        if (!scotland) {
            moving.add(projected("Easter Monday", easter.plusDays(1), ""));
        }
        moving.add(projected("Early May bank holiday", firstMonday(year, Month.MAY), ""));
        moving.add(projected("Spring bank holiday", lastMonday(year, Month.MAY), ""));
        if (northernIreland) {
            fixed.add(new Fixed("Battle of the Boyne (Orangemen’s Day)", LocalDate.of(year, Month.JULY, 12)));
        }
        moving.add(projected("Summer bank holiday", scotland ? firstMonday(year, Month.AUGUST) : lastMonday(year, Month.AUGUST), ""));
        if (scotland) {
            fixed.add(new Fixed("St Andrew’s Day", LocalDate.of(year, Month.NOVEMBER, 30)));
        }
        fixed.add(new Fixed("Christmas Day", LocalDate.of(year, Month.DECEMBER, 25)));
        fixed.add(new Fixed("Boxing Day", LocalDate.of(year, Month.DECEMBER, 26)));

        // Holidays on their own weekday first; then each fixed one on a weekend (or on a day already
        // taken) moves to the first free weekday after it, in date order.
        List<BankHoliday> days = new ArrayList<>(moving);
        Set<LocalDate> taken = new HashSet<>();
        moving.forEach(h -> taken.add(h.date()));
        List<Fixed> toMove = new ArrayList<>();
        for (Fixed f : fixed) {
            if (isWeekend(f.date()) || taken.contains(f.date())) {
                toMove.add(f);
            } else {
                days.add(projected(f.title(), f.date(), ""));
                taken.add(f.date());
            }
        }
        for (Fixed f : toMove) {
            LocalDate day = f.date().plusDays(1);
            while (isWeekend(day) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            days.add(projected(f.title(), day, "Substitute day"));
            taken.add(day);
        }
        days.sort(Comparator.comparing(BankHoliday::date));
        return days;
    }

    private record Fixed(String title, LocalDate date) {
    }

    private static BankHoliday projected(String title, LocalDate date, String notes) {
        return new BankHoliday(date, title, notes.isEmpty() ? PROJECTED : notes + "; " + PROJECTED.toLowerCase(java.util.Locale.ROOT), false);
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
