package uk.reviewhub.ui.calendar;

import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.calendar.DueDateResponse;
import uk.reviewhub.ui.backend.Backend;

import java.time.LocalDate;

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
}
