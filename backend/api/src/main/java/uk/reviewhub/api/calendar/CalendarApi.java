package uk.reviewhub.api.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import uk.reviewhub.api.ApiPaths;

import java.util.List;

/** The deadline calculator: the partnership's clocks, and a due date counted in its own calendar. */
public interface CalendarApi {

    /** The partnership's clocks, by code and name, in catalogue order. */
    @Get(ApiPaths.CALENDAR_CLOCKS)
    List<ClockOption> clocks();

    /**
     * The due date from {@code start} (YYYY-MM-DD) by {@code workingDays} (may be negative), {@code months} or the
     * partnership's {@code clock}. Parameters arrive as text so that every bad input gets a readable 400 naming it.
     */
    @Get(ApiPaths.CALENDAR_DUE)
    DueDateResponse due(@QueryValue @Nullable String start, @QueryValue @Nullable String workingDays,
                        @QueryValue @Nullable String months, @QueryValue @Nullable String clock);
}
