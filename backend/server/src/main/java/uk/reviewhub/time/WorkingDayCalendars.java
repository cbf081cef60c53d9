package uk.reviewhub.time;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working-day calendar of each division in one feed, built once per division: a partnership
 * whose pack names another division (say {@code "scotland"}) gets that division's calendar.
 */
public final class WorkingDayCalendars {

    private final BankHolidayFeed feed;
    private final Map<String, WorkingDayCalendar> byDivision = new ConcurrentHashMap<>();

    public WorkingDayCalendars(BankHolidayFeed feed) {
        this.feed = feed;
    }

    public WorkingDayCalendar forDivision(String division) {
        return byDivision.computeIfAbsent(division, d -> WorkingDayCalendar.of(feed, d));
    }

    public WorkingDayCalendar englandAndWales() {
        return forDivision(BankHolidayFeed.ENGLAND_AND_WALES);
    }
}
