package uk.reviewhub.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event of the official bank-holiday feed: a day off in a division, e.g. "Christmas Day" on
 * 2022-12-27 with the note "Substitute day".
 */
public record BankHoliday(LocalDate date, String title, String notes, boolean bunting) {

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A bank holiday on " + date + " has no title");
        }
        notes = notes == null ? "" : notes;
    }
}
