package uk.reviewhub.ui.casereview;

import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.casereview.CaseRequest;
import uk.reviewhub.api.casereview.CaseSummary;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.CommissionedReviewRequest;
import uk.reviewhub.api.casereview.DashboardView;
import uk.reviewhub.api.casereview.DecisionRequest;
import uk.reviewhub.api.casereview.MilestoneRequest;
import uk.reviewhub.api.casereview.RapidReviewRequest;
import uk.reviewhub.api.casereview.RecommendationRequest;
import uk.reviewhub.ui.backend.Backend;
import uk.reviewhub.ui.backend.Pages;

import java.util.List;
import java.util.UUID;

/** The case review API, as the signed-in user. Creating a step POSTs it; changing it PUTs it with the version read. */
@Singleton
public class CaseClient {

    private final Backend backend;

    CaseClient(Backend backend) {
        this.backend = backend;
    }

    public DashboardView dashboard() {
        return backend.get(ApiPaths.DASHBOARD, DashboardView.class);
    }

    /** Every case of the partnership (read page by page, the largest pages the backend allows). */
    public List<CaseSummary> cases() {
        return Pages.all((page, size) -> backend.getPage(ApiPaths.CASES, CaseSummary.class, page, size), ApiPaths.MAX_PAGE_SIZE);
    }

    public CaseView get(UUID caseId) {
        return backend.get(path(ApiPaths.CASE, caseId), CaseView.class);
    }

    public CaseView create(CaseRequest request) {
        return backend.post(ApiPaths.CASES, request, CaseView.class);
    }

    public CaseView update(UUID caseId, CaseRequest request) {
        return backend.put(path(ApiPaths.CASE, caseId), request, CaseView.class);
    }

    public CaseView recordRapidReview(UUID caseId, RapidReviewRequest request, boolean first) {
        return first ? backend.post(path(ApiPaths.CASE_RAPID_REVIEW, caseId), request, CaseView.class)
                : backend.put(path(ApiPaths.CASE_RAPID_REVIEW, caseId), request, CaseView.class);
    }

    public CaseView recordDecision(UUID caseId, DecisionRequest request, boolean first) {
        return first ? backend.post(path(ApiPaths.CASE_DECISION, caseId), request, CaseView.class)
                : backend.put(path(ApiPaths.CASE_DECISION, caseId), request, CaseView.class);
    }

    public CaseView recordReview(UUID caseId, CommissionedReviewRequest request, boolean first) {
        return first ? backend.post(path(ApiPaths.CASE_REVIEW, caseId), request, CaseView.class)
                : backend.put(path(ApiPaths.CASE_REVIEW, caseId), request, CaseView.class);
    }

    public CaseView addMilestone(UUID caseId, MilestoneRequest request) {
        return backend.post(path(ApiPaths.CASE_MILESTONES, caseId), request, CaseView.class);
    }

    public CaseView updateMilestone(UUID milestoneId, MilestoneRequest request) {
        return backend.put(ApiPaths.MILESTONE.replace("{milestoneId}", milestoneId.toString()), request, CaseView.class);
    }

    public CaseView addRecommendation(UUID caseId, RecommendationRequest request) {
        return backend.post(path(ApiPaths.CASE_RECOMMENDATIONS, caseId), request, CaseView.class);
    }

    public CaseView updateRecommendation(UUID recommendationId, RecommendationRequest request) {
        return backend.put(ApiPaths.RECOMMENDATION.replace("{recommendationId}", recommendationId.toString()), request, CaseView.class);
    }

    private static String path(String template, UUID caseId) {
        return template.replace("{caseId}", caseId.toString());
    }
}
