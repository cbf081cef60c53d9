package uk.reviewhub.api.conference;

import io.micronaut.http.annotation.Post;

/**
 * The safeguarding service's iCalendar feed: its people's conferences and reviews (a chair's own
 * children; the manager's and support's: the service's) for their calendar app. Made here, listed
 * and revoked with the other calendar feeds ({@code /api/calendar-feeds}); read without signing in
 * through the secret token in its address.
 */
public interface SafeguardingFeedApi {

    @Post(SafeguardingPaths.CALENDAR_FEED)
    SafeguardingFeedView safeguardingCalendarFeed();
}
