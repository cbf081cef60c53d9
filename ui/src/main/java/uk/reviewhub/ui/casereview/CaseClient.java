package uk.reviewhub.ui.casereview;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.casereview.CaseRequest;
import uk.reviewhub.api.casereview.CaseSummary;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.CasesApi;
import uk.reviewhub.api.casereview.CommissionedReviewRequest;
import uk.reviewhub.api.casereview.DashboardApi;
import uk.reviewhub.api.casereview.DecisionRequest;
import uk.reviewhub.api.casereview.RapidReviewRequest;
import uk.reviewhub.ui.backend.BackendCall;
import uk.reviewhub.ui.backend.Pages;

import java.util.List;
import java.util.UUID;

/** The case review API, as the signed-in user. Creating a step POSTs it; changing it PUTs it with the version read. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface CaseClient extends CasesApi, DashboardApi {

    /** Every case of the partnership (read page by page, the largest pages the backend allows). */
    default List<CaseSummary> cases() {
        return Pages.all((page, size) -> Pages.of(casePage(page, size)), Pages.LARGEST);
    }

    default CaseView create(CaseRequest request) {
        return createCase(request).body();
    }

    default CaseView recordRapidReview(UUID caseId, RapidReviewRequest request, boolean first) {
        return first ? createRapidReview(caseId, request) : updateRapidReview(caseId, request);
    }

    default CaseView recordDecision(UUID caseId, DecisionRequest request, boolean first) {
        return first ? createDecision(caseId, request) : updateDecision(caseId, request);
    }

    default CaseView recordReview(UUID caseId, CommissionedReviewRequest request, boolean first) {
        return first ? createReview(caseId, request) : updateReview(caseId, request);
    }
}
