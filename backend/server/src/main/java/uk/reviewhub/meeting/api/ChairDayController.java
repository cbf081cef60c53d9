package uk.reviewhub.meeting.api;

import uk.reviewhub.api.meeting.ChairDaysApi;
import io.micronaut.security.utils.SecurityService;
import uk.reviewhub.problem.NotSignedInException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
class ChairDayController implements ChairDaysApi {

    private final ChairDays chairDays;
    private final SecurityService security;

    ChairDayController(ChairDays chairDays, SecurityService security) {
        this.chairDays = chairDays;
        this.security = security;
    }

    @Override
    @Operation(summary = "The chair's days in a year from 1 April, against the allocation")
    public ChairDaysView year(UUID group, @Nullable Integer year) {
        return MeetingViews.chairDays(chairDays.year(group, year));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Log a day (or part of one) the chair worked")
    public HttpResponse<ChairDaysView> logDay(@Body @Valid ChairDayRequest request) {
        ChairDays.ChairDay day = new ChairDays.ChairDay(request.groupId(), request.workedOn(), request.days(), request.description());
        return HttpResponse.created(MeetingViews.chairDays(chairDays.log(day, CurrentUser.of(security.getAuthentication()
                .orElseThrow(() -> new NotSignedInException("Sign in first."))))));
    }

    @Override
    @Operation(summary = "A quarter's timesheet as CSV (quarter 1 is April to June)")
    public HttpResponse<String> timesheet(UUID group, int year, int quarter) {
        return HttpResponse.ok(chairDays.timesheet(group, year, quarter))
                .contentType(MediaType.of("text/csv;charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"chair-timesheet-" + year + "-q" + quarter + ".csv\"")
                .header("X-Content-Type-Options", "nosniff");
    }
}
