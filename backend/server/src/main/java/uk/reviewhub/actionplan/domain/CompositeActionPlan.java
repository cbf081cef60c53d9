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
import uk.reviewhub.api.actionplan.Rag;
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
    public ActionOnPlan addToReview(CurrentUser user, UUID caseId, ActionFields request) {
        if (!queries.caseExists(caseId)) {
            throw new NotFoundException("No such case in this partnership.");
        }
        UUID reviewId = queries.reviewOfCase(caseId).orElseThrow(() -> new RuleNotMetException(
                "Actions come from a commissioned review or its recommendations: this case has no commissioned review."));
        return add(user, reviewId, null, request);
    }

    /** An action whose source is a recommendation. */
    @Transactional
    public ActionOnPlan addToRecommendation(CurrentUser user, UUID recommendationId, ActionFields request) {
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
    public record ScrutinyActions(List<ActionOnPlan> actions, Map<UUID, UUID> recommendationOf) {
    }

    @Transactional
    public ScrutinyActions ofScrutinyPiece(UUID pieceId) {
        LocalDate today = today();
        return new ScrutinyActions(queries.ofScrutinyPiece(pieceId).stream().map(r -> view(r, today, NOBODY)).toList(),
                queries.scrutinyRecommendations(pieceId));
    }

    private ActionOnPlan add(CurrentUser user, UUID reviewId, UUID recommendationId, ActionFields request) {
        check(request);
        UUID id = UUID.randomUUID();
        queries.insert(id, reviewId, recommendationId, request, today());
        audit.record(user.userId(), AuditLog.CREATE, ACTION, id, Map.of("review", reviewId.toString()));
        return view(queries.find(id).orElseThrow(), reporting.of(user));
    }

    /** Changes an action; {@code version} is the version read (required). */
    @Transactional
    public ActionOnPlan update(CurrentUser user, UUID actionId, ActionFields request, Integer version, boolean mayReplan) {
        if (version == null) {
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
        stale(queries.update(actionId, request, version));
        audit.record(user.userId(), AuditLog.UPDATE, ACTION, actionId);
        return view(queries.find(actionId).orElseThrow(), reporter);
    }

    /** Overrides the computed RAG status with a reason, or clears the override when {@code rag} is null. */
    @Transactional
    public ActionOnPlan override(CurrentUser currentUser, UUID actionId, Rag rag, String reason, Integer version) {
        UUID user = currentUser.userId();
        requireAction(actionId);
        if (rag != null && (reason == null || reason.isBlank())) {
            throw new InvalidFieldException("reason", "A RAG override needs a reason.");
        }
        stale(queries.override(actionId, rag, reason, user, version));
        audit.record(user, AuditLog.UPDATE, "action-rag-override", actionId,
                Map.of("rag", rag == null ? "cleared" : rag.name()));
        return view(queries.find(actionId).orElseThrow(), reporting.of(currentUser));
    }

    @Transactional
    public ActionOnPlan view(CurrentUser user, UUID actionId) {
        ActionOnPlan view = view(queries.find(actionId).orElseThrow(CompositeActionPlan::noAction), reporting.of(user));
        audit.record(user.userId(), AuditLog.READ, ACTION, actionId);
        return view;
    }

    /** A page of the CAP and how many actions match in all. */
    public record CapPage(List<ActionOnPlan> items, int page, int size, long total) {
    }

    @Transactional
    public CapPage list(CurrentUser currentUser, CapFilter filter, int page, int size) {
        UUID user = currentUser.userId();
        Reporter reporter = reporting.of(currentUser);
        ActionQueries.RagWindow window = window();
        ActionQueries.Criteria criteria = criteria(filter);
        long total = queries.count(criteria, window);
        List<ActionOnPlan> actions = queries.matching(criteria, window, Math.multiplyExact(page, size), size).stream()
                .map(r -> view(r, window.today(), reporter)).toList();
        Map<String, String> detail = new java.util.LinkedHashMap<>(filter.describe());
        detail.put("page", String.valueOf(page));
        detail.put("size", String.valueOf(size));
        audit.record(user, AuditLog.READ, "cap", null, detail);
        return new CapPage(actions, page, size, total);
    }

    @Transactional
    public String csv(CurrentUser user, CapFilter filter) {
        List<ActionOnPlan> actions = actions(filter);
        audit.record(user.userId(), AuditLog.EXPORT, "cap", null, filter.describe());
        return CapCsv.write(actions);
    }

    /** Every matching action, unpaged (the CSV export). */
    public List<ActionOnPlan> actions(CapFilter filter) {
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

    private void check(ActionFields request) {
        if (!queries.agencyExists(request.agencyId())) {
            throw new InvalidFieldException("agencyId", "No such agency in this partnership.");
        }
        ActionRules.violation(request).ifPresent(reason -> {
            throw new RuleNotMetException(reason);
        });
    }

    private static boolean replans(CapAction current, ActionFields request) {
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

    private ActionOnPlan view(CapAction r, Reporter reporter) {
        return view(r, today(), reporter);
    }

    private ActionOnPlan view(CapAction r, LocalDate today, Reporter reporter) {
        Rag computed = rules.compute(r.createdOn(), r.dueOn(), r.progressPercent(), r.completedOn(), today, time.calendar());
        Rag shown = r.ragOverride() != null ? r.ragOverride() : computed;
        return new ActionOnPlan(r, source(r), shown, computed, r.completedOn() == null && today.isAfter(r.dueOn()),
                reporter.mayReportOn(r.agencyId()));
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
