package uk.reviewhub.api.vocabulary;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A financial year, 1 April to 31 March, named by the calendar year it starts in: the year 2025 is
 * 1 April 2025 to 31 March 2026. The one definition for the backend and the UI (learning themes,
 * the chair's days, performance reports, national figures). Its one label is {@code "2025-26"}, as
 * the Department for Education's statistics on serious incident notifications write it and as the
 * API answers; {@link #months()} says the same year in words where a page has room.
 */
public record FinancialYear(int startYear) {

    /** The financial year that {@code day} falls in. */
    public static FinancialYear containing(LocalDate day) {
        return new FinancialYear(day.getMonth().compareTo(Month.APRIL) >= 0 ? day.getYear() : day.getYear() - 1);
    }

    /** The start years of the financial year holding {@code today} and the {@code before} years before it, newest first. */
    public static List<Integer> recentStartYears(LocalDate today, int before) {
        int current = containing(today).startYear();
        return IntStream.rangeClosed(0, before).map(back -> current - back).boxed().toList();
    }

    /** 1 April of the start year. */
    public LocalDate from() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /** 31 March of the next year. */
    public LocalDate to() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from()) && !day.isAfter(to());
    }

    /** The first day of a quarter: 1 is April to June, 4 is January to March. */
    public LocalDate quarterFrom(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
        }
        return from().plusMonths(3L * (quarter - 1));
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    /** "2025-26"; "1999-00" across a century. */
    public String label() {
        return startYear + "-" + String.format("%02d", Math.floorMod(startYear + 1, 100));
    }

    /** "2025-26 (April 2025 to March 2026)". */
    public String months() {
        return label() + " (April " + startYear + " to March " + (startYear + 1) + ")";
    }
}
