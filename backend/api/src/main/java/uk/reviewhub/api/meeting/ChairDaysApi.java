package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;

import java.util.UUID;

/** The chair's days against the allocation, in years from 1 April. */
public interface ChairDaysApi {

    /** The year from 1 April of {@code year} (default the current one). */
    @Get(ApiPaths.CHAIR_DAYS)
    ChairDaysView year(@QueryValue UUID group, @QueryValue @Nullable Integer year);

    /** Log a day (or part of one) the chair worked: 201 with the year. */
    @Post(ApiPaths.CHAIR_DAYS)
    HttpResponse<ChairDaysView> logDay(@Body @Valid ChairDayRequest request);

    /** A quarter's timesheet as CSV (quarter 1 is April to June). */
    @Get(value = ApiPaths.CHAIR_DAYS_TIMESHEET, produces = {"text/csv", MediaType.APPLICATION_JSON})
    HttpResponse<String> timesheet(@QueryValue UUID group, @QueryValue int year, @QueryValue int quarter);
}
