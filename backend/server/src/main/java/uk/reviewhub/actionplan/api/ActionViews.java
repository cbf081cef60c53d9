package uk.reviewhub.actionplan.api;

import uk.reviewhub.actionplan.domain.ActionFields;
import uk.reviewhub.actionplan.domain.ActionOnPlan;
import uk.reviewhub.actionplan.domain.CapAction;
import uk.reviewhub.actionplan.domain.CompositeActionPlan;
import uk.reviewhub.api.actionplan.ActionRequest;
import uk.reviewhub.api.actionplan.ActionView;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Actions of the Composite Action Plan as the API shows them, made here at the edge from the domain's records. */
public final class ActionViews {

    private ActionViews() {
    }

    public static ActionView view(ActionOnPlan shown) {
        CapAction r = shown.action();
        return new ActionView(r.id(), r.caseId(), r.laCaseReference(), r.reviewId(), r.reviewType(), r.recommendationId(),
                r.recommendationNumber(), shown.source(), r.agencyId(), r.agencyName(),
                r.owner(), r.description(), r.dueOn(), r.progressPercent(), shown.rag(), shown.rag().label(), shown.computedRag(),
                r.ragOverride(), r.ragOverrideReason(), r.ragOverrideBy(), r.evidenceNotes(), r.completedOn(),
                r.handedToMonitoringOn(), shown.overdue(), r.version(), shown.mayReport(), r.scrutinyPieceId(), r.scrutinyPieceTitle());
    }

    public static List<ActionView> views(List<ActionOnPlan> actions) {
        return actions.stream().map(ActionViews::view).toList();
    }

    /** The actions that came from a piece of scrutiny as views, with the recommendation each came from. */
    public record ScrutinyActionViews(List<ActionView> actions, Map<UUID, UUID> recommendationOf) {
    }

    public static ScrutinyActionViews views(CompositeActionPlan.ScrutinyActions actions) {
        return new ScrutinyActionViews(views(actions.actions()), actions.recommendationOf());
    }

    /** What the request writes on an action (no progress given: 0). */
    static ActionFields fields(ActionRequest a) {
        return new ActionFields(a.agencyId(), a.owner(), a.description(), a.dueOn(), a.progressPercent() == null ? 0 : a.progressPercent(),
                a.evidenceNotes(), a.completedOn(), a.handedToMonitoringOn());
    }
}
