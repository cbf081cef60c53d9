package uk.reviewhub.actionplan.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import uk.reviewhub.actionplan.domain.CapFilter;
import uk.reviewhub.actionplan.domain.CompositeActionPlan;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.actionplan.ActionRequest;
import uk.reviewhub.api.actionplan.ActionView;
import uk.reviewhub.api.actionplan.Rag;
import uk.reviewhub.api.actionplan.RagOverrideRequest;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.security.CurrentUser;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The Composite Action Plan. Read: chair, vice chair, member, business support. Add actions: chair
 * and vice chair. Record progress, evidence, completion and hand-off: chair, vice chair, business
 * support, and members of the agency that owns the action ({@link uk.reviewhub.access.ActionReporting}).
 * Override the RAG status: chair and vice chair.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Composite Action Plan")
class ActionPlanController {

    private final CompositeActionPlan plan;

    ActionPlanController(CompositeActionPlan plan) {
        this.plan = plan;
    }

    @Get(ApiPaths.CAP)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "A page of the actions of every review, by due date, filtered by agency, RAG status, overdue and source; "
            + "the total is in the X-Total-Count header")
    HttpResponse<List<ActionView>> cap(@Nullable @QueryValue UUID agency, @Nullable @QueryValue Rag status,
                                       @Nullable @QueryValue Boolean overdue, @Nullable @QueryValue String source,
                                       @Nullable @QueryValue @Min(0) Integer page,
                                       @Nullable @QueryValue @Min(1) @Max(ApiPaths.MAX_PAGE_SIZE) Integer size,
                                       Authentication authentication) {
        CompositeActionPlan.CapPage result = plan.list(user(authentication), new CapFilter(agency, status, overdue, source),
                page == null ? 0 : page, size == null ? ApiPaths.DEFAULT_PAGE_SIZE : size);
        return HttpResponse.ok(result.items())
                .header(ApiPaths.TOTAL_COUNT_HEADER, String.valueOf(result.total()))
                .header(ApiPaths.PAGE_HEADER, String.valueOf(result.page()))
                .header(ApiPaths.PAGE_SIZE_HEADER, String.valueOf(result.size()));
    }

    @Get(value = ApiPaths.CAP_CSV, produces = "text/csv")
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "The same as CSV")
    HttpResponse<String> csv(@Nullable @QueryValue UUID agency, @Nullable @QueryValue Rag status, @Nullable @QueryValue Boolean overdue,
                             @Nullable @QueryValue String source, Authentication authentication) {
        String body = plan.csv(user(authentication), new CapFilter(agency, status, overdue, source));
        return HttpResponse.ok(body).contentType(MediaType.of("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"composite-action-plan.csv\"");
    }

    @Post(ApiPaths.CASE_ACTIONS)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Add an action whose source is the case's commissioned review")
    HttpResponse<ActionView> addToReview(@PathVariable UUID caseId, @Body @Valid ActionRequest request, Authentication authentication) {
        return created(plan.addToReview(user(authentication), caseId, request));
    }

    @Post(ApiPaths.RECOMMENDATION_ACTIONS)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Add an action whose source is a recommendation")
    HttpResponse<ActionView> addToRecommendation(@PathVariable UUID recommendationId, @Body @Valid ActionRequest request,
                                                 Authentication authentication) {
        return created(plan.addToRecommendation(user(authentication), recommendationId, request));
    }

    @Get(ApiPaths.ACTION)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "An action")
    ActionView get(@PathVariable UUID actionId, Authentication authentication) {
        return plan.view(user(authentication), actionId);
    }

    @Put(ApiPaths.ACTION)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record progress, evidence, completion, hand-off; carries the version read")
    ActionView update(@PathVariable UUID actionId, @Body @Valid ActionRequest request, Authentication authentication) {
        boolean mayReplan = authentication.getRoles().contains(Roles.CHAIR) || authentication.getRoles().contains(Roles.VICE_CHAIR);
        return plan.update(user(authentication), actionId, request, mayReplan);
    }

    @Put(ApiPaths.ACTION_RAG_OVERRIDE)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Override the computed RAG status with a reason, or clear the override; carries the version read")
    ActionView override(@PathVariable UUID actionId, @Body @Valid RagOverrideRequest request, Authentication authentication) {
        return plan.override(user(authentication), actionId, request);
    }

    private static HttpResponse<ActionView> created(ActionView view) {
        return HttpResponse.created(view, URI.create("/api/actions/" + view.id()));
    }

    private static CurrentUser user(Authentication authentication) {
        return CurrentUser.of(authentication);
    }
}
