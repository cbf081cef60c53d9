package uk.reviewhub.scrutiny.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.api.scrutiny.ScrutinyPaths;
import uk.reviewhub.scrutiny.domain.Scrutiny;

/**
 * A scrutineer's planned observations as iCalendar, read by calendar apps (which cannot send a
 * bearer token) through the calendar feed's token in the URL, as the meetings' feeds are. An
 * unknown, malformed or revoked token, or a person no longer a scrutineer, answers 404.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Independent scrutiny")
class ScrutinyFeedController {

    private final Scrutiny scrutiny;

    ScrutinyFeedController(Scrutiny scrutiny) {
        this.scrutiny = scrutiny;
    }

    @Get(ScrutinyPaths.ICAL_SCRUTINY)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The observations you are planned to make as iCalendar (RFC 5545), for calendar apps; gated by the feed token")
    HttpResponse<String> calendar(@PathVariable String token) throws Exception {
        return HttpResponse.ok(scrutiny.scheduleCalendar(token)).contentType(MediaType.of("text/calendar;charset=utf-8"))
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff");
    }
}
