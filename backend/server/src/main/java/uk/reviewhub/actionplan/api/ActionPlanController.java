package uk.reviewhub.actionplan.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import uk.reviewhub.actionplan.domain.CapFilter;
import uk.reviewhub.actionplan.domain.CompositeActionPlan;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.actionplan.ActionPlanApi;
import uk.reviewhub.api.actionplan.ActionRequest;
import uk.reviewhub.api.actionplan.ActionView;
import uk.reviewhub.api.actionplan.Rag;
import uk.reviewhub.api.actionplan.RagOverrideRequest;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.problem.NotSignedInException;
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
class ActionPlanController implements ActionPlanApi {

    private final CompositeActionPlan plan;
    private final SecurityService security;

    ActionPlanController(CompositeActionPlan plan, SecurityService security) {
        this.plan = plan;
        this.security = security;
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "A page of the actions of every review, by due date, filtered by agency, RAG status, overdue and source; "
            + "the total is in the X-Total-Count header")
    public HttpResponse<List<ActionView>> cap(@Nullable UUID agency, @Nullable Rag status, @Nullable Boolean overdue,
                                              @Nullable String source, @Nullable @Min(0) Integer page,
                                              @Nullable @Min(1) @Max(ApiPaths.MAX_PAGE_SIZE) Integer size) {
        CompositeActionPlan.CapPage result = plan.list(user(), new CapFilter(agency, status, overdue, source),
                page == null ? 0 : page, size == null ? ApiPaths.DEFAULT_PAGE_SIZE : size);
        return HttpResponse.ok(ActionViews.views(result.items()))
                .header(ApiPaths.TOTAL_COUNT_HEADER, String.valueOf(result.total()))
                .header(ApiPaths.PAGE_HEADER, String.valueOf(result.page()))
                .header(ApiPaths.PAGE_SIZE_HEADER, String.valueOf(result.size()));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "The same as CSV")
    public HttpResponse<String> capCsv(@Nullable UUID agency, @Nullable Rag status, @Nullable Boolean overdue,
                                       @Nullable String source) {
        String body = plan.csv(user(), new CapFilter(agency, status, overdue, source));
        return HttpResponse.ok(body).contentType(MediaType.of("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"composite-action-plan.csv\"");
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Add an action whose source is the case's commissioned review")
    public HttpResponse<ActionView> addToReview(UUID caseId, @Body @Valid ActionRequest request) {
        return created(ActionViews.view(plan.addToReview(user(), caseId, ActionViews.fields(request))));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Add an action whose source is a recommendation")
    public HttpResponse<ActionView> addToRecommendation(UUID recommendationId, @Body @Valid ActionRequest request) {
        return created(ActionViews.view(plan.addToRecommendation(user(), recommendationId, ActionViews.fields(request))));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "An action")
    public ActionView action(UUID actionId) {
        return ActionViews.view(plan.view(user(), actionId));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record progress, evidence, completion, hand-off; carries the version read")
    public ActionView update(UUID actionId, @Body @Valid ActionRequest request) {
        Authentication authentication = authentication();
        boolean mayReplan = authentication.getRoles().contains(Roles.CHAIR) || authentication.getRoles().contains(Roles.VICE_CHAIR);
        return ActionViews.view(plan.update(CurrentUser.of(authentication), actionId, ActionViews.fields(request), request.version(),
                mayReplan));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Override the computed RAG status with a reason, or clear the override; carries the version read")
    public ActionView override(UUID actionId, @Body @Valid RagOverrideRequest request) {
        return ActionViews.view(plan.override(user(), actionId, request.rag(), request.reason(), request.version()));
    }

    private static HttpResponse<ActionView> created(ActionView view) {
        return HttpResponse.created(view, URI.create("/api/actions/" + view.id()));
    }

    private CurrentUser user() {
        return CurrentUser.of(authentication());
    }

    private Authentication authentication() {
        return security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first."));
    }
}
