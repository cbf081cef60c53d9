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

    /** Dates as people in the UK write them (dd/mm/yyyy): on screens, in documents, mails and messages. */
    public static final DateTimeFormatter UK_DATE = DateWindows.UK;
    /** A date with its weekday: "Wednesday 03/01/2024". */
    public static final DateTimeFormatter UK_DATE_WITH_DAY = DateWindows.UK_WITH_DAY;
    /** A moment in London: "03/01/2024, 14:05". */
    public static final DateTimeFormatter UK_WHEN = DateWindows.UK_WHEN;
    /** A time of day: "14:05". */
    public static final DateTimeFormatter UK_TIME = DateWindows.UK_TIME;
    /** A month: "January 2024". */
    public static final DateTimeFormatter UK_MONTH = DateWindows.UK_MONTH;

    private LondonTime() {
    }

    public static LocalDate today(Clock clock) {
        return DateWindows.today(clock);
    }
}
