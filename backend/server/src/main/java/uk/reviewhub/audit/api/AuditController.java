package uk.reviewhub.audit.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.audit.AuditEventView;
import uk.reviewhub.api.audit.AuditPage;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.audit.domain.AuditEvent;
import uk.reviewhub.audit.domain.AuditEvents;
import uk.reviewhub.audit.domain.AuditLog;

/** The partnership's audit log, for its admins only. Reading the log is not itself logged. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PARTNERSHIP_ADMIN)
@Tag(name = "Audit")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @Get(ApiPaths.AUDIT)
    @Operation(summary = "The audit log, newest first, paged")
    AuditPage audit(@Nullable @QueryValue @Min(0) Integer page, @Nullable @QueryValue @Min(1) @Max(500) Integer size) {
        AuditEvents events = log.page(page == null ? 0 : page, size == null ? 50 : size);
        return new AuditPage(events.items().stream().map(AuditController::view).toList(), events.page(), events.size(), events.total());
    }

    private static AuditEventView view(AuditEvent e) {
        return new AuditEventView(e.id(), e.occurredAt(), e.userId(), e.action(), e.entity(), e.entityId(), e.detail());
    }
}
