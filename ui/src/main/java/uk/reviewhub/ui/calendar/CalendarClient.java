package uk.reviewhub.ui.calendar;

import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import io.micronaut.core.type.Argument;
import uk.reviewhub.api.calendar.ClockOption;
import uk.reviewhub.api.calendar.DueDateResponse;
import uk.reviewhub.ui.backend.Backend;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** The deadline calculator API. */
@Singleton
public class CalendarClient {

    private final Backend backend;

    CalendarClient(Backend backend) {
        this.backend = backend;
    }

    /** {@code workingDays} may be negative ("at least N working days before"). */
    public DueDateResponse workingDays(LocalDate start, int workingDays) {
        return backend.get(ApiPaths.CALENDAR_DUE + "?start=" + start + "&workingDays=" + workingDays, DueDateResponse.class);
    }

    public DueDateResponse months(LocalDate start, int months) {
        return backend.get(ApiPaths.CALENDAR_DUE + "?start=" + start + "&months=" + months, DueDateResponse.class);
    }

    /** The partnership's clocks (its pack's rules included), in catalogue order. */
    public List<ClockOption> clocks() {
        return backend.get(ApiPaths.CALENDAR_CLOCKS, Argument.listOf(ClockOption.class));
    }

    /** The due date by the partnership's definition of the clock {@code code}. */
    public DueDateResponse clock(LocalDate start, String code) {
        return backend.get(ApiPaths.CALENDAR_DUE + "?start=" + start + "&clock=" + URLEncoder.encode(code, StandardCharsets.UTF_8),
                DueDateResponse.class);
    }
}
