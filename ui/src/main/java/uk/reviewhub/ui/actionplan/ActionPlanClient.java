package uk.reviewhub.ui.actionplan;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.actionplan.ActionPlanApi;
import uk.reviewhub.api.actionplan.ActionRequest;
import uk.reviewhub.api.actionplan.ActionView;
import uk.reviewhub.api.actionplan.Rag;
import uk.reviewhub.ui.backend.BackendCall;
import uk.reviewhub.ui.backend.Page;
import uk.reviewhub.ui.backend.Pages;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** The Composite Action Plan API, as the signed-in user. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface ActionPlanClient extends ActionPlanApi {

    /** The CAP's filters; null means "any". {@code source} is REVIEW or RECOMMENDATION. */
    record Filter(UUID agency, Rag status, boolean overdueOnly, String source) {
        public static final Filter NONE = new Filter(null, null, false, null);

        Boolean overdue() {
            return overdueOnly ? Boolean.TRUE : null;
        }
    }

    /** A page of the matching actions, by due date, and how many match in all. */
    default Page<ActionView> actions(Filter filter, int page, int size) {
        return Pages.of(cap(filter.agency(), filter.status(), filter.overdue(), filter.source(), page, size));
    }

    /** Every matching action (page by page). */
    default List<ActionView> actions(Filter filter) {
        return Pages.all((page, size) -> actions(filter, page, size), Pages.LARGEST);
    }

    /** The actions of one case (the CAP filtered to it). */
    default List<ActionView> actionsOfCase(UUID caseId) {
        return actions(Filter.NONE).stream().filter(action -> caseId.equals(action.caseId())).toList();
    }

    /** The same actions as CSV, fetched with the user's token on the server. */
    default byte[] csv(Filter filter) {
        return capCsv(filter.agency(), filter.status(), filter.overdue(), filter.source()).body().getBytes(StandardCharsets.UTF_8);
    }

    default ActionView addToReviewAction(UUID caseId, ActionRequest request) {
        return addToReview(caseId, request).body();
    }

    default ActionView addToRecommendationAction(UUID recommendationId, ActionRequest request) {
        return addToRecommendation(recommendationId, request).body();
    }
}
