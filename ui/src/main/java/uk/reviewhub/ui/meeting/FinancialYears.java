package uk.reviewhub.ui.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Years from 1 April to 31 March, as partnerships report: the year of 2025 is 1 April 2025 to 31 March 2026. */
final class FinancialYears {

    private FinancialYears() {
    }

    /** The calendar year in which the year from 1 April holding {@code day} starts. */
    static int of(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    static LocalDate start(int year) {
        return LocalDate.of(year, 4, 1);
    }

    static LocalDate end(int year) {
        return LocalDate.of(year + 1, 3, 31);
    }

    /** "April 2025 to March 2026". */
    static String label(int year) {
        return "April " + year + " to March " + (year + 1);
    }

    /** The year holding {@code today} and the {@code before} years before it, newest first. */
    static List<Integer> recent(LocalDate today, int before) {
        int current = of(today);
        return IntStream.rangeClosed(0, before).map(i -> current - i).boxed().toList();
    }
}
