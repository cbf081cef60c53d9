package uk.reviewhub.meeting.domain;

import uk.reviewhub.api.vocabulary.FinancialYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which chair allocation applies to a year, and the year's quarters. Years run from 1 April (the
 * allocation "40 days a year from April 2025" applies from the year 2025). The allocation for a
 * year is the one in force on its first day: the latest period starting on or before it (a period
 * with no start applies from the beginning). Pure: no framework.
 */
public final class ChairAllocations {

    public record Period(LocalDate effectiveFrom, BigDecimal daysPerYear, String basis) {
    }

    private ChairAllocations() {
    }

    public static LocalDate yearStart(int year) {
        return new FinancialYear(year).from();
    }

    public static LocalDate yearEnd(int year) {
        return new FinancialYear(year).to();
    }

    /** The year (from 1 April) that {@code day} falls in. */
    public static int yearOf(LocalDate day) {
        return FinancialYear.containing(day).startYear();
    }

    public static Optional<Period> forYear(List<Period> periods, int year) {
        LocalDate start = yearStart(year);
        return periods.stream()
                .filter(p -> p.effectiveFrom() == null || !p.effectiveFrom().isAfter(start))
                .max(Comparator.comparing(p -> p.effectiveFrom() == null ? LocalDate.MIN : p.effectiveFrom()));
    }

    /** The first day of {@code quarter} (1: April to June ... 4: January to March) of the year. */
    public static LocalDate quarterStart(int year, int quarter) {
        return new FinancialYear(year).quarterFrom(quarter);
    }

    public static LocalDate quarterEnd(int year, int quarter) {
        return quarterStart(year, quarter).plusMonths(3).minusDays(1);
    }
}
