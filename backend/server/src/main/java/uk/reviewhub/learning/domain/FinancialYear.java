package uk.reviewhub.learning.domain;

import java.time.LocalDate;
import java.time.Month;

/** A financial year, 1 April to 31 March, named by the year it starts in ("2025-26" starts in 2025). */
public record FinancialYear(int startYear) {

    public static FinancialYear containing(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate from() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate to() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from()) && !day.isAfter(to());
    }

    /** E.g. "2025-26"; "1999-00" across a century. */
    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
