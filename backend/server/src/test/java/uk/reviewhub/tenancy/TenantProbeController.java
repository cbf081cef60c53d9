package uk.reviewhub.tenancy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test-only endpoints that report what the database connection sees inside a request. */
@Requires(property = "reviewhub.test.tenant-probe", value = "true")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/test/tenant-probe")
class TenantProbeController {

    private final TenantProbeService service;

    TenantProbeController(TenantProbeService service) {
        this.service = service;
    }

    @Get
    Map<String, Object> probe() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("data", service.viaData());
        result.put("jooq", service.viaJooq());
        result.put("partnershipsVisible", service.partnershipsVisible());
        result.put("transactional", service.inTransaction());
        return result;
    }
}
