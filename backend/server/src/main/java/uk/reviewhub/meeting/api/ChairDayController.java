package uk.reviewhub.meeting.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.meeting.ChairDayRequest;
import uk.reviewhub.api.meeting.ChairDaysView;
import uk.reviewhub.meeting.domain.ChairDays;
import uk.reviewhub.security.CurrentUser;

import java.util.UUID;

/** The independent chair's days: logged by the group's chair or vice chair (or business support), read by admins too. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
@Tag(name = "Meetings")
class ChairDayController {

    private final ChairDays chairDays;

    ChairDayController(ChairDays chairDays) {
        this.chairDays = chairDays;
    }

    @Get(ApiPaths.CHAIR_DAYS)
    @Operation(summary = "The chair's days in a year from 1 April, against the allocation")
    ChairDaysView year(@QueryValue UUID group, @QueryValue @Nullable Integer year) {
        return chairDays.year(group, year);
    }

    @Post(ApiPaths.CHAIR_DAYS)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Log a day (or part of one) the chair worked")
    HttpResponse<ChairDaysView> log(@Body @Valid ChairDayRequest request, Authentication auth) {
        return HttpResponse.created(chairDays.log(request, CurrentUser.of(auth)));
    }

    @Get(value = ApiPaths.CHAIR_DAYS_TIMESHEET, produces = {"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "A quarter's timesheet as CSV (quarter 1 is April to June)")
    HttpResponse<String> timesheet(@QueryValue UUID group, @QueryValue int year, @QueryValue int quarter) {
        return HttpResponse.ok(chairDays.timesheet(group, year, quarter))
                .contentType(MediaType.of("text/csv;charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"chair-timesheet-" + year + "-q" + quarter + ".csv\"")
                .header("X-Content-Type-Options", "nosniff");
    }
}
