package uk.reviewhub.conference.api;

import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.conference.SafeguardingFeedApi;
import uk.reviewhub.api.conference.SafeguardingFeedView;
import uk.reviewhub.api.conference.SafeguardingPaths;
import uk.reviewhub.conference.domain.SafeguardingFeed;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;

/**
 * The safeguarding service's calendar feed: made by a signed-in person of the service; read by
 * calendar apps, which cannot send a bearer token, through the token in the address (an unknown,
 * malformed or revoked token, or a person no longer in the service, answers 404).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Safeguarding service")
class SafeguardingFeedController implements SafeguardingFeedApi {

    private final SafeguardingFeed feed;
    private final HttpHostResolver hosts;
    private final SecurityService security;

    SafeguardingFeedController(SafeguardingFeed feed, HttpHostResolver hosts, SecurityService security) {
        this.feed = feed;
        this.hosts = hosts;
        this.security = security;
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "Make an iCalendar feed of your conferences and reviews; its secret address is answered this once")
    public SafeguardingFeedView safeguardingCalendarFeed() {
        CurrentUser user = CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first.")));
        var made = feed.create(user.userId());
        String base = ServerRequestContext.currentRequest().map(hosts::resolve).orElse("");
        return new SafeguardingFeedView(made.id(), base + SafeguardingPaths.ICAL.replace("{token}", made.token()));
    }

    @Get(SafeguardingPaths.ICAL)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Your conferences and reviews as iCalendar (RFC 5545), for calendar apps; gated by the feed token")
    HttpResponse<String> calendar(@PathVariable String token) throws Exception {
        return HttpResponse.ok(feed.calendar(token)).contentType(MediaType.of("text/calendar;charset=utf-8"))
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff");
    }
}
