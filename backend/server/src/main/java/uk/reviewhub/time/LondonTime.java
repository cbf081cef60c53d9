package uk.reviewhub.time;

import uk.reviewhub.api.validation.DateWindows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Statutory days are days in England: "today" is the date in London, whatever zone the injected
 * {@link Clock} runs in (between midnight and 1am in summer, UTC is still on yesterday).
 */
public final class LondonTime {

    public static final ZoneId ZONE = DateWindows.LONDON;

    /** Dates as people in the UK write them (dd/mm/yyyy). */
    public static final DateTimeFormatter UK_DATE = DateWindows.UK;

    private LondonTime() {
    }

    public static LocalDate today(Clock clock) {
        return DateWindows.today(clock);
    }
}
