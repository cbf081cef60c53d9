package uk.reviewhub.pack;

import java.time.LocalDate;
import java.util.List;

/** The days a year an (independent) chair is paid for, by period (Norfolk: 24, then 40 from April 2025). */
public record ChairAllocation(String description, List<Period> periods) {

    public ChairAllocation {
        periods = List.copyOf(periods);
    }

    public record Period(int daysPerYear, LocalDate from, Integer termYears, String basis) {
    }
}
