package uk.reviewhub.actionplan.domain;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.access.ActionReporting;
import uk.reviewhub.access.ActionReporting.Reporter;
import uk.reviewhub.problem.ForbiddenException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.actionplan.persistence.ActionQueries;
import uk.reviewhub.api.actionplan.ActionRequest;
import uk.reviewhub.api.actionplan.ActionView;
import uk.reviewhub.api.actionplan.Rag;
import uk.reviewhub.api.actionplan.RagOverrideRequest;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.security.CurrentUser;
import uk.reviewhub.time.context.PartnershipTime;
import uk.reviewhub.time.LondonTime;
import uk.reviewhub.time.WorkingDayCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The partnership's Composite Action Plan: actions from every review, with their RAG status
 * computed by {@link RagRules} unless overridden (with a reason, recorded with who and when).
 * Every read and change is audited in its transaction.
 */
@Singleton
public class CompositeActionPlan {

    public static final String ACTION = "action";

    private final ActionQueries queries;
    private final AuditLog audit;
    private final PartnershipTime time;
    private final Clock clock;
    private final RagRules rules;
    private final ActionReporting reporting;

    CompositeActionPlan(ActionQueries queries, AuditLog audit, PartnershipTime time, Clock clock, ActionReporting reporting,
                        @Value("${reviewhub.cap.amber-within-working-days:10}") int amberWithinWorkingDays,
                        @Value("${reviewhub.cap.behind-by-percent:25}") int behindByPercent) {
        this.queries = queries;
        this.audit = audit;
        this.time = time;
        this.clock = clock;
        this.rules = new RagRules(amberWithinWorkingDays, behindByPercent);
        this.reporting = reporting;
    }

    /** An action whose source is the case's commissioned review itself. */
    @Transactional
    public ActionView addToReview(CurrentUser user, UUID caseId, ActionRequest request) {
        if (!queries.caseExists(caseId)) {
            throw new NotFoundException("No such case in this partnership.");
        }
        UUID reviewId = queries.reviewOfCase(caseId).orElseThrow(() -> new RuleNotMetException(
                "Actions come from a commissioned review or its recommendations: this case has no commissioned review."));
        return add(user, reviewId, null, request);
    }

    /** An action whose source is a recommendation. */
    @Transactional
    public ActionView addToRecommendation(CurrentUser user, UUID recommendationId, ActionRequest request) {
        UUID reviewId = queries.reviewOfRecommendation(recommendationId)
                .orElseThrow(() -> new NotFoundException("No such recommendation in this partnership."));
        return add(user, reviewId, recommendationId, request);
    }

    /**
     * An action whose source is a piece of scrutiny's recommendation, new (no progress yet): the
     * scrutiny rules decide who may add it and check the piece and recommendation; here the agency
     * is checked (refused at the field {@code action.agencyId}, as scrutiny's request names it).
     * Joins the caller's transaction, so a refused action leaves nothing of the caller's written.
     */
    @Transactional
    public UUID addToScrutiny(UUID userId, UUID pieceId, UUID scrutinyRecommendationId, ActionFields action) {
        if (!queries.agencyExists(action.agencyId())) {
            throw new InvalidFieldException("action.agencyId", "No such agency in this partnership.");
        }
        UUID id = UUID.randomUUID();
        queries.insertScrutiny(id, pieceId, scrutinyRecommendationId, action, today());
        audit.record(userId, AuditLog.CREATE, ACTION, id, Map.of("scrutinyPiece", pieceId.toString()));
        return id;
    }

    /** The actions that came from a piece of scrutiny, with the recommendation each came from (the caller audits the read). */
    public record ScrutinyActions(List<ActionView> actions, Map<UUID, UUID> recommendationOf) {
    }

    @Transactional
    public ScrutinyActions ofScrutinyPiece(UUID pieceId) {
        LocalDate today = today();
        return new ScrutinyActions(queries.ofScrutinyPiece(pieceId).stream().map(r -> view(r, today, NOBODY)).toList(),
                queries.scrutinyRecommendations(pieceId));
    }

    private ActionView add(CurrentUser user, UUID reviewId, UUID recommendationId, ActionRequest request) {
        check(request);
        UUID id = UUID.randomUUID();
        queries.insert(id, reviewId, recommendationId, fields(request), today());
        audit.record(user.userId(), AuditLog.CREATE, ACTION, id, Map.of("review", reviewId.toString()));
        return view(queries.find(id).orElseThrow(), reporting.of(user));
    }

    @Transactional
    public ActionView update(CurrentUser user, UUID actionId, ActionRequest request, boolean mayReplan) {
        if (request.version() == null) {
            throw new InvalidFieldException("version", "An update must carry the version it read ('version').");
        }
        CapAction current = queries.find(actionId).orElseThrow(CompositeActionPlan::noAction);
        Reporter reporter = reporting.of(user);
        reporter.requireReporter(current.agencyId(), current.agencyName());
        if (!mayReplan && replans(current, request)) {
            // Members and business support report on an action; only the chair or vice chair changes the plan.
            throw new ForbiddenException("Only the chair or vice chair can change an action's "
                    + "owning agency, owner, description or due date; you can record its progress, evidence, "
                    + "completion and hand-off to monitoring.");
        }
        check(request);
        stale(queries.update(actionId, fields(request), request.version()));
        audit.record(user.userId(), AuditLog.UPDATE, ACTION, actionId);
        return view(queries.find(actionId).orElseThrow(), reporter);
    }

    @Transactional
    public ActionView override(CurrentUser currentUser, UUID actionId, RagOverrideRequest request) {
        UUID user = currentUser.userId();
        requireAction(actionId);
        if (request.rag() != null && (request.reason() == null || request.reason().isBlank())) {
            throw new InvalidFieldException("reason", "A RAG override needs a reason.");
        }
        stale(queries.override(actionId, request.rag(), request.reason(), user, request.version()));
        audit.record(user, AuditLog.UPDATE, "action-rag-override", actionId,
                Map.of("rag", request.rag() == null ? "cleared" : request.rag().name()));
        return view(queries.find(actionId).orElseThrow(), reporting.of(currentUser));
    }

    @Transactional
    public ActionView view(CurrentUser user, UUID actionId) {
        ActionView view = view(queries.find(actionId).orElseThrow(CompositeActionPlan::noAction), reporting.of(user));
        audit.record(user.userId(), AuditLog.READ, ACTION, actionId);
        return view;
    }

    /** A page of the CAP and how many actions match in all. */
    public record CapPage(List<ActionView> items, int page, int size, long total) {
    }

    @Transactional
    public CapPage list(CurrentUser currentUser, CapFilter filter, int page, int size) {
        UUID user = currentUser.userId();
        Reporter reporter = reporting.of(currentUser);
        ActionQueries.RagWindow window = window();
        ActionQueries.Criteria criteria = criteria(filter);
        long total = queries.count(criteria, window);
        List<ActionView> actions = queries.matching(criteria, window, Math.multiplyExact(page, size), size).stream()
                .map(r -> view(r, window.today(), reporter)).toList();
        Map<String, String> detail = new java.util.LinkedHashMap<>(filter.describe());
        detail.put("page", String.valueOf(page));
        detail.put("size", String.valueOf(size));
        audit.record(user, AuditLog.READ, "cap", null, detail);
        return new CapPage(actions, page, size, total);
    }

    @Transactional
    public String csv(CurrentUser user, CapFilter filter) {
        List<ActionView> actions = actions(filter);
        audit.record(user.userId(), AuditLog.EXPORT, "cap", null, filter.describe());
        return CapCsv.write(actions);
    }

    /** Every matching action, unpaged (the CSV export). */
    public List<ActionView> actions(CapFilter filter) {
        ActionQueries.RagWindow window = window();
        return queries.matching(criteria(filter), window, 0, -1).stream().map(r -> view(r, window.today(), NOBODY)).toList();
    }

    /** How many actions match, for the dashboard (which audits its own read). */
    public long count(CapFilter filter) {
        return queries.count(criteria(filter), window());
    }

    private ActionQueries.RagWindow window() {
        LocalDate today = today();
        return new ActionQueries.RagWindow(today, rules.amberBefore(today, time.calendar()), rules.behindByPercent());
    }

    private static ActionQueries.Criteria criteria(CapFilter filter) {
        return new ActionQueries.Criteria(filter.agency(), filter.status(), filter.overdue(), filter.source());
    }

    private void check(ActionRequest request) {
        if (!queries.agencyExists(request.agencyId())) {
            throw new InvalidFieldException("agencyId", "No such agency in this partnership.");
        }
        ActionRules.violation(request).ifPresent(reason -> {
            throw new RuleNotMetException(reason);
        });
    }

    private static ActionFields fields(ActionRequest a) {
        return new ActionFields(a.agencyId(), a.owner(), a.description(), a.dueOn(), a.progressPercent() == null ? 0 : a.progressPercent(),
                a.evidenceNotes(), a.completedOn(), a.handedToMonitoringOn());
    }

    private static boolean replans(CapAction current, ActionRequest request) {
        return !current.agencyId().equals(request.agencyId()) || !current.owner().equals(request.owner())
                || !current.description().equals(request.description()) || !current.dueOn().equals(request.dueOn());
    }

    private void requireAction(UUID actionId) {
        if (!queries.exists(actionId)) {
            throw noAction();
        }
    }

    /** For the unpaged export, which says nothing about who may report. */
    private static final Reporter NOBODY = new Reporter(false, null);

    private ActionView view(CapAction r, Reporter reporter) {
        return view(r, today(), reporter);
    }

    private ActionView view(CapAction r, LocalDate today, Reporter reporter) {
        Rag computed = rules.compute(r.createdOn(), r.dueOn(), r.progressPercent(), r.completedOn(), today, time.calendar());
        Rag shown = r.ragOverride() != null ? r.ragOverride() : computed;
        return new ActionView(r.id(), r.caseId(), r.laCaseReference(), r.reviewId(), r.reviewType(), r.recommendationId(),
                r.recommendationNumber(), source(r), r.agencyId(), r.agencyName(),
                r.owner(), r.description(), r.dueOn(), r.progressPercent(), shown, shown.label(), computed, r.ragOverride(),
                r.ragOverrideReason(), r.ragOverrideBy(), r.evidenceNotes(), r.completedOn(), r.handedToMonitoringOn(),
                r.completedOn() == null && today.isAfter(r.dueOn()), r.version(), reporter.mayReportOn(r.agencyId()),
                r.scrutinyPieceId(), r.scrutinyPieceTitle());
    }

    private static String source(CapAction r) {
        return "SCRUTINY".equals(r.source()) ? "SCRUTINY" : r.recommendationId() == null ? "REVIEW" : "RECOMMENDATION";
    }

    private LocalDate today() {
        return LondonTime.today(clock);
    }

    private static void stale(boolean written) {
        if (!written) {
            throw new ConflictException("The action was changed by someone else since you read it: reload it and try again.");
        }
    }

    private static NotFoundException noAction() {
        return new NotFoundException("No such action in this partnership.");
    }
}
