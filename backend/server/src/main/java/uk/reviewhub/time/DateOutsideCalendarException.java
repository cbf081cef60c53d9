package uk.reviewhub.time;

import java.time.LocalDate;

/**
 * A date the bank-holiday data does not cover. Raised rather than guessing: a day outside the data
 * might be a bank holiday nobody has told us about.
 */
public final class DateOutsideCalendarException extends RuntimeException {

    private final LocalDate date;
    private final String division;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    DateOutsideCalendarException(LocalDate date, String division, LocalDate firstDay, LocalDate lastDay) {
        super("The " + division + " bank-holiday calendar covers " + firstDay + " to " + lastDay
                + "; " + date + " is outside it");
        this.date = date;
        this.division = division;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** Short, for a person: "no bank-holiday data for 2031". */
    public String reason() {
        return "no bank-holiday data for " + date.getYear();
    }

    public LocalDate date() {
        return date;
    }

    public String division() {
        return division;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }
}
