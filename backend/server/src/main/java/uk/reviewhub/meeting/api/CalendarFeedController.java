package uk.reviewhub.meeting.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.meeting.CalendarFeedView;
import uk.reviewhub.meeting.domain.CalendarFeeds;
import uk.reviewhub.security.CurrentUser;

import java.util.List;
import java.util.UUID;

/**
 * Calendar feeds: made, listed and revoked by a signed-in user; read by calendar apps, which cannot
 * send a bearer token, through the token in the URL. An unknown, malformed or revoked token, or a
 * group not in the token's partnership, answers 404.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meetings")
class CalendarFeedController {

    static final String TEXT_CALENDAR = "text/calendar;charset=utf-8";

    private final CalendarFeeds feeds;
    private final HttpHostResolver hosts;

    CalendarFeedController(CalendarFeeds feeds, HttpHostResolver hosts) {
        this.feeds = feeds;
        this.hosts = hosts;
    }

    @Post(ApiPaths.CALENDAR_FEEDS)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Make a calendar feed; its secret URLs are answered this once")
    HttpResponse<CalendarFeedView> create(HttpRequest<?> request, Authentication auth) {
        return HttpResponse.created(MeetingViews.calendarFeed(feeds.create(CurrentUser.of(auth).userId(), hosts.resolve(request))));
    }

    @Get(ApiPaths.CALENDAR_FEEDS)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT,
            Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT, Roles.SCRUTINEER})
    @Operation(summary = "Your calendar feeds (without their URLs)")
    List<CalendarFeedView> feeds(Authentication auth) {
        return feeds.feeds(CurrentUser.of(auth).userId()).stream().map(MeetingViews::calendarFeed).toList();
    }

    @Delete(ApiPaths.CALENDAR_FEED)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT,
            Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT, Roles.SCRUTINEER})
    @Operation(summary = "Revoke one of your calendar feeds")
    HttpResponse<Void> revoke(@PathVariable UUID feedId, Authentication auth) {
        feeds.revoke(feedId, CurrentUser.of(auth).userId());
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    @Get(ApiPaths.ICAL_GROUP)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "A group's meetings as iCalendar (RFC 5545), for calendar apps; gated by the feed token")
    HttpResponse<String> group(@PathVariable String token, @PathVariable UUID groupId) throws Exception {
        return calendar(feeds.groupCalendar(token, groupId));
    }

    @Get(ApiPaths.ICAL_MEMBER)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The meetings of your groups as iCalendar (RFC 5545), for calendar apps; gated by the feed token")
    HttpResponse<String> member(@PathVariable String token) throws Exception {
        return calendar(feeds.memberCalendar(token));
    }

    private static HttpResponse<String> calendar(String body) {
        return HttpResponse.ok(body).contentType(MediaType.of(TEXT_CALENDAR))
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff");
    }
}
