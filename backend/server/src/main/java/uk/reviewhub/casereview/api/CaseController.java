package uk.reviewhub.casereview.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.casereview.CaseRequest;
import uk.reviewhub.api.casereview.CaseSummary;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.CommissionedReviewRequest;
import uk.reviewhub.api.casereview.DecisionRequest;
import uk.reviewhub.api.casereview.MilestoneRequest;
import uk.reviewhub.api.casereview.RapidReviewRequest;
import uk.reviewhub.api.casereview.RecommendationRequest;
import uk.reviewhub.api.casereview.TimelineStep;
import uk.reviewhub.casereview.domain.CaseReviews;
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
class CaseController {

    private final CaseReviews cases;

    CaseController(CaseReviews cases) {
        this.cases = cases;
    }

    @Get(ApiPaths.CASES)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "A page of the partnership's cases, newest first, each with its most pressing open clock; "
            + "the total is in the X-Total-Count header")
    HttpResponse<List<CaseSummary>> list(@Nullable @QueryValue @Min(0) Integer page,
                                         @Nullable @QueryValue @Min(1) @Max(ApiPaths.MAX_PAGE_SIZE) Integer size,
                                         Authentication authentication) {
        CaseReviews.CasePage result = cases.list(user(authentication), page == null ? 0 : page,
                size == null ? ApiPaths.DEFAULT_PAGE_SIZE : size);
        return HttpResponse.ok(result.items())
                .header(ApiPaths.TOTAL_COUNT_HEADER, String.valueOf(result.total()))
                .header(ApiPaths.PAGE_HEADER, String.valueOf(result.page()))
                .header(ApiPaths.PAGE_SIZE_HEADER, String.valueOf(result.size()));
    }

    @Post(ApiPaths.CASES)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record a referral or a serious incident notification")
    HttpResponse<CaseView> create(@Body @Valid CaseRequest request, Authentication authentication) {
        CaseView view = cases.create(user(authentication), request);
        return HttpResponse.created(view, URI.create(ApiPaths.CASES + "/" + view.id()));
    }

    @Get(ApiPaths.CASE)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "A case with every step, its timeline and themes")
    CaseView get(@PathVariable UUID caseId, Authentication authentication) {
        return cases.view(user(authentication), caseId);
    }

    @Put(ApiPaths.CASE)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Update a case (e.g. record the SIN date); carries the version read")
    CaseView update(@PathVariable UUID caseId, @Body @Valid CaseRequest request, Authentication authentication) {
        return cases.update(user(authentication), caseId, request);
    }

    @Get(ApiPaths.CASE_TIMELINE)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Every step of a case: due date, actual date, clock status")
    List<TimelineStep> timeline(@PathVariable UUID caseId, Authentication authentication) {
        return cases.timeline(user(authentication), caseId);
    }

    @Post(ApiPaths.CASE_RAPID_REVIEW)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record the rapid review of a SIN")
    CaseView createRapidReview(@PathVariable UUID caseId, @Body @Valid RapidReviewRequest request, Authentication authentication) {
        return cases.recordRapidReview(user(authentication), caseId, request, true);
    }

    @Put(ApiPaths.CASE_RAPID_REVIEW)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Update the rapid review (e.g. sent to the Panel, the Panel's response); carries the version read")
    CaseView updateRapidReview(@PathVariable UUID caseId, @Body @Valid RapidReviewRequest request, Authentication authentication) {
        return cases.recordRapidReview(user(authentication), caseId, request, false);
    }

    @Post(ApiPaths.CASE_DECISION)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Record the partners' decision")
    CaseView createDecision(@PathVariable UUID caseId, @Body @Valid DecisionRequest request, Authentication authentication) {
        return cases.recordDecision(user(authentication), caseId, request, true);
    }

    @Put(ApiPaths.CASE_DECISION)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Correct the partners' decision; carries the version read")
    CaseView updateDecision(@PathVariable UUID caseId, @Body @Valid DecisionRequest request, Authentication authentication) {
        return cases.recordDecision(user(authentication), caseId, request, false);
    }

    @Post(ApiPaths.CASE_REVIEW)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Commission the review the partners decided on")
    CaseView createReview(@PathVariable UUID caseId, @Body @Valid CommissionedReviewRequest request, Authentication authentication) {
        return cases.recordReview(user(authentication), caseId, request, true);
    }

    @Put(ApiPaths.CASE_REVIEW)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record the review's progress: draft, sign-off, publication, report to the Panel; carries the version read")
    CaseView updateReview(@PathVariable UUID caseId, @Body @Valid CommissionedReviewRequest request, Authentication authentication) {
        return cases.recordReview(user(authentication), caseId, request, false);
    }

    @Post(ApiPaths.CASE_MILESTONES)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Add a milestone to the commissioned review")
    CaseView addMilestone(@PathVariable UUID caseId, @Body @Valid MilestoneRequest request, Authentication authentication) {
        return cases.addMilestone(user(authentication), caseId, request);
    }

    @Put(ApiPaths.MILESTONE)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Update a milestone; carries the version read")
    CaseView updateMilestone(@PathVariable UUID milestoneId, @Body @Valid MilestoneRequest request, Authentication authentication) {
        return cases.updateMilestone(user(authentication), milestoneId, request);
    }

    @Post(ApiPaths.CASE_RECOMMENDATIONS)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Add a recommendation to the commissioned review")
    CaseView addRecommendation(@PathVariable UUID caseId, @Body @Valid RecommendationRequest request, Authentication authentication) {
        return cases.addRecommendation(user(authentication), caseId, request);
    }

    @Put(ApiPaths.RECOMMENDATION)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Update a recommendation; carries the version read")
    CaseView updateRecommendation(@PathVariable UUID recommendationId, @Body @Valid RecommendationRequest request,
                                  Authentication authentication) {
        return cases.updateRecommendation(user(authentication), recommendationId, request);
    }

    private static UUID user(Authentication authentication) {
        return CurrentUser.of(authentication).userId();
    }
}
