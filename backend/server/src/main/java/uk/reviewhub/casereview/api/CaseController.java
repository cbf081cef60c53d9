package uk.reviewhub.casereview.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.casereview.CaseRequest;
import uk.reviewhub.api.casereview.CaseSummary;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.CasesApi;
import uk.reviewhub.api.casereview.CommissionedReviewRequest;
import uk.reviewhub.api.casereview.DecisionRequest;
import uk.reviewhub.api.casereview.MilestoneRequest;
import uk.reviewhub.api.casereview.RapidReviewRequest;
import uk.reviewhub.api.casereview.RecommendationRequest;
import uk.reviewhub.api.casereview.TimelineStep;
import uk.reviewhub.casereview.domain.CaseReviews;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Cases through their lifecycle. Who may do what (case data is for the review group's roles only;
 * partnership admins, national viewers and platform admins get 403):
 * <ul>
 *   <li>read: chair, vice chair, member, business support;</li>
 *   <li>record the case, its dates, the rapid review's meeting and facts, the exchange with the
 *       National Panel, review milestones and dates: chair, vice chair, business support;</li>
 *   <li>decide, commission a review, make recommendations: chair and vice chair only.</li>
 * </ul>
 * Row-level security scopes every id to the token's partnership: another partnership's case is 404.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Cases")
class CaseController implements CasesApi {

    private final CaseReviews cases;
    private final SecurityService security;

    CaseController(CaseReviews cases, SecurityService security) {
        this.cases = cases;
        this.security = security;
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "A page of the partnership's cases, newest first, each with its most pressing open clock; "
            + "the total is in the X-Total-Count header")
    public HttpResponse<List<CaseSummary>> casePage(@Nullable @Min(0) Integer page,
                                                    @Nullable @Min(1) @Max(ApiPaths.MAX_PAGE_SIZE) Integer size) {
        CaseReviews.CasePage result = cases.list(user(), page == null ? 0 : page,
                size == null ? ApiPaths.DEFAULT_PAGE_SIZE : size);
        return HttpResponse.ok(result.items().stream().map(CaseViews::summary).toList())
                .header(ApiPaths.TOTAL_COUNT_HEADER, String.valueOf(result.total()))
                .header(ApiPaths.PAGE_HEADER, String.valueOf(result.page()))
                .header(ApiPaths.PAGE_SIZE_HEADER, String.valueOf(result.size()));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record a referral or a serious incident notification")
    public HttpResponse<CaseView> createCase(@Body @Valid CaseRequest request) {
        CaseView view = CaseViews.view(cases.create(user(), CaseViews.details(request), request.duplicateReferenceConfirmed()));
        return HttpResponse.created(view, URI.create(ApiPaths.CASES + "/" + view.id()));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "A case with every step, its timeline and themes")
    public CaseView get(UUID caseId) {
        return CaseViews.view(cases.view(user(), caseId));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Update a case (e.g. record the SIN date); carries the version read")
    public CaseView update(UUID caseId, @Body @Valid CaseRequest request) {
        return CaseViews.view(cases.update(user(), caseId, CaseViews.details(request), request.version(),
                request.duplicateReferenceConfirmed()));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Every step of a case: due date, actual date, clock status")
    public List<TimelineStep> timeline(UUID caseId) {
        return CaseViews.steps(cases.timeline(user(), caseId));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record the rapid review of a SIN")
    public CaseView createRapidReview(UUID caseId, @Body @Valid RapidReviewRequest request) {
        return CaseViews.view(cases.recordRapidReview(user(), caseId, CaseViews.rapidReview(request), request.version(), true));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Update the rapid review (e.g. sent to the Panel, the Panel's response); carries the version read")
    public CaseView updateRapidReview(UUID caseId, @Body @Valid RapidReviewRequest request) {
        return CaseViews.view(cases.recordRapidReview(user(), caseId, CaseViews.rapidReview(request), request.version(), false));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Record the partners' decision")
    public CaseView createDecision(UUID caseId, @Body @Valid DecisionRequest request) {
        return CaseViews.view(cases.recordDecision(user(), caseId, CaseViews.decision(request), request.version(), true));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Correct the partners' decision; carries the version read")
    public CaseView updateDecision(UUID caseId, @Body @Valid DecisionRequest request) {
        return CaseViews.view(cases.recordDecision(user(), caseId, CaseViews.decision(request), request.version(), false));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Commission the review the partners decided on")
    public CaseView createReview(UUID caseId, @Body @Valid CommissionedReviewRequest request) {
        return CaseViews.view(cases.recordReview(user(), caseId, CaseViews.review(request), request.version(), true));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record the review's progress: draft, sign-off, publication, report to the Panel; carries the version read")
    public CaseView updateReview(UUID caseId, @Body @Valid CommissionedReviewRequest request) {
        return CaseViews.view(cases.recordReview(user(), caseId, CaseViews.review(request), request.version(), false));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Add a milestone to the commissioned review")
    public CaseView addMilestone(UUID caseId, @Body @Valid MilestoneRequest request) {
        return CaseViews.view(cases.addMilestone(user(), caseId, CaseViews.milestone(request)));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Update a milestone; carries the version read")
    public CaseView updateMilestone(UUID milestoneId, @Body @Valid MilestoneRequest request) {
        return CaseViews.view(cases.updateMilestone(user(), milestoneId, CaseViews.milestone(request), request.version()));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Add a recommendation to the commissioned review")
    public CaseView addRecommendation(UUID caseId, @Body @Valid RecommendationRequest request) {
        return CaseViews.view(cases.addRecommendation(user(), caseId, CaseViews.recommendation(request)));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Update a recommendation; carries the version read")
    public CaseView updateRecommendation(UUID recommendationId, @Body @Valid RecommendationRequest request) {
        return CaseViews.view(cases.updateRecommendation(user(), recommendationId, CaseViews.recommendation(request),
                request.version()));
    }

    private UUID user() {
        return CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first."))).userId();
    }
}
