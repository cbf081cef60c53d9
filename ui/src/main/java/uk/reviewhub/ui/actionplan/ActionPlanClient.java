package uk.reviewhub.ui.actionplan;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.actionplan.ActionRequest;
import uk.reviewhub.api.actionplan.ActionView;
import uk.reviewhub.api.actionplan.Rag;
import uk.reviewhub.api.actionplan.RagOverrideRequest;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.ui.backend.Backend;
import uk.reviewhub.ui.backend.Page;
import uk.reviewhub.ui.backend.Pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The Composite Action Plan API, as the signed-in user. */
@Singleton
public class ActionPlanClient {

    private final Backend backend;

    ActionPlanClient(Backend backend) {
        this.backend = backend;
    }

    /** The CAP's filters; null means "any". {@code source} is REVIEW or RECOMMENDATION. */
    public record Filter(UUID agency, Rag status, boolean overdueOnly, String source) {
        public static final Filter NONE = new Filter(null, null, false, null);

        String query() {
            List<String> parts = new ArrayList<>();
            if (agency != null) {
                parts.add("agency=" + agency);
            }
            if (status != null) {
                parts.add("status=" + status.name());
            }
            if (overdueOnly) {
                parts.add("overdue=true");
            }
            if (source != null) {
                parts.add("source=" + URLEncoder.encode(source, StandardCharsets.UTF_8));
            }
            return parts.isEmpty() ? "" : "?" + String.join("&", parts);
        }
    }

    /** A page of the matching actions, by due date, and how many match in all. */
    public Page<ActionView> actions(Filter filter, int page, int size) {
        return backend.getPage(ApiPaths.CAP + filter.query(), ActionView.class, page, size);
    }

    /** Every matching action (page by page). */
    public List<ActionView> actions(Filter filter) {
        return Pages.all((page, size) -> actions(filter, page, size), ApiPaths.MAX_PAGE_SIZE);
    }

    /** The actions of one case (the CAP filtered to it). */
    public List<ActionView> actionsOfCase(UUID caseId) {
        return actions(Filter.NONE).stream().filter(action -> caseId.equals(action.caseId())).toList();
    }

    /** The same actions as CSV, fetched with the user's token on the server. */
    public byte[] csv(Filter filter) {
        return backend.download(ApiPaths.CAP_CSV + filter.query(), "text/csv");
    }

    public List<AgencyView> agencies() {
        return backend.get(ApiPaths.AGENCIES, Argument.listOf(AgencyView.class));
    }

    public ActionView addToReview(UUID caseId, ActionRequest request) {
        return backend.post(ApiPaths.CASE_ACTIONS.replace("{caseId}", caseId.toString()), request, ActionView.class);
    }

    public ActionView addToRecommendation(UUID recommendationId, ActionRequest request) {
        return backend.post(ApiPaths.RECOMMENDATION_ACTIONS.replace("{recommendationId}", recommendationId.toString()), request,
                ActionView.class);
    }

    public ActionView update(UUID actionId, ActionRequest request) {
        return backend.put(ApiPaths.ACTION.replace("{actionId}", actionId.toString()), request, ActionView.class);
    }

    public ActionView override(UUID actionId, RagOverrideRequest request) {
        return backend.put(ApiPaths.ACTION_RAG_OVERRIDE.replace("{actionId}", actionId.toString()), request, ActionView.class);
    }
}
