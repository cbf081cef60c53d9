package uk.reviewhub.archfixture.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.time.WorkingDayCalendar;

/** Wrong on purpose: counts working days in the England and Wales bean, not the partnership's division. */
@Singleton
public class EnglishCalendarInDomain {

    private final WorkingDayCalendar calendar;

    public EnglishCalendarInDomain(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }
}
