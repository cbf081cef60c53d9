package uk.reviewhub.api.casereview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import uk.reviewhub.api.ApiPaths;

import java.util.List;
import java.util.UUID;

/** Cases through their lifecycle. Creating a step POSTs it; changing it PUTs it with the version read (409 if stale). */
public interface CasesApi {

    /** A page of the partnership's cases, newest first; the total is in {@link ApiPaths#TOTAL_COUNT_HEADER}. */
    @Get(ApiPaths.CASES)
    HttpResponse<List<CaseSummary>> casePage(@Nullable @QueryValue @Min(0) Integer page,
                                             @Nullable @QueryValue @Min(1) @Max(ApiPaths.MAX_PAGE_SIZE) Integer size);

    /** Records a referral or a serious incident notification: 201. */
    @Post(ApiPaths.CASES)
    HttpResponse<CaseView> createCase(@Body @Valid CaseRequest request);

    @Get(ApiPaths.CASE)
    CaseView get(@PathVariable UUID caseId);

    @Put(ApiPaths.CASE)
    CaseView update(@PathVariable UUID caseId, @Body @Valid CaseRequest request);

    @Get(ApiPaths.CASE_TIMELINE)
    List<TimelineStep> timeline(@PathVariable UUID caseId);

    @Post(ApiPaths.CASE_RAPID_REVIEW)
    CaseView createRapidReview(@PathVariable UUID caseId, @Body @Valid RapidReviewRequest request);

    @Put(ApiPaths.CASE_RAPID_REVIEW)
    CaseView updateRapidReview(@PathVariable UUID caseId, @Body @Valid RapidReviewRequest request);

    @Post(ApiPaths.CASE_DECISION)
    CaseView createDecision(@PathVariable UUID caseId, @Body @Valid DecisionRequest request);

    @Put(ApiPaths.CASE_DECISION)
    CaseView updateDecision(@PathVariable UUID caseId, @Body @Valid DecisionRequest request);

    @Post(ApiPaths.CASE_REVIEW)
    CaseView createReview(@PathVariable UUID caseId, @Body @Valid CommissionedReviewRequest request);

    @Put(ApiPaths.CASE_REVIEW)
    CaseView updateReview(@PathVariable UUID caseId, @Body @Valid CommissionedReviewRequest request);

    @Post(ApiPaths.CASE_MILESTONES)
    CaseView addMilestone(@PathVariable UUID caseId, @Body @Valid MilestoneRequest request);

    @Put(ApiPaths.MILESTONE)
    CaseView updateMilestone(@PathVariable UUID milestoneId, @Body @Valid MilestoneRequest request);

    @Post(ApiPaths.CASE_RECOMMENDATIONS)
    CaseView addRecommendation(@PathVariable UUID caseId, @Body @Valid RecommendationRequest request);

    @Put(ApiPaths.RECOMMENDATION)
    CaseView updateRecommendation(@PathVariable UUID recommendationId, @Body @Valid RecommendationRequest request);
}
