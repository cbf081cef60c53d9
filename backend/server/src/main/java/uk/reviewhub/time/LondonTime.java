package uk.reviewhub.time;

import uk.reviewhub.api.validation.DateWindows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Statutory days are days in England: "today" is the date in London, whatever zone the injected
 * {@link Clock} runs in (between midnight and 1am in summer, UTC is still on yesterday).
 */
public final class LondonTime {

    public static final ZoneId ZONE = DateWindows.LONDON;

    private LondonTime() {
    }

    public static LocalDate today(Clock clock) {
        return DateWindows.today(clock);
    }
}
