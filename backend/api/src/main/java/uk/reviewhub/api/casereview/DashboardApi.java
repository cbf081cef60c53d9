package uk.reviewhub.api.casereview;

import io.micronaut.http.annotation.Get;
import uk.reviewhub.api.ApiPaths;

/** The review group's dashboard over cases and the action plan (case roles only). */
public interface DashboardApi {

    @Get(ApiPaths.DASHBOARD)
    DashboardView dashboard();
}
