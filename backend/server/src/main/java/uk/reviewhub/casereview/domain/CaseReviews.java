package uk.reviewhub.casereview.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.api.casereview.CaseRequest;
import uk.reviewhub.api.casereview.CaseStage;
import uk.reviewhub.api.casereview.CaseSummary;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.CommissionedReviewRequest;
import uk.reviewhub.api.casereview.CommissionedReviewView;
import uk.reviewhub.api.casereview.DecisionRequest;
import uk.reviewhub.api.casereview.DecisionView;
import uk.reviewhub.api.casereview.MilestoneRequest;
import uk.reviewhub.api.casereview.RapidReviewRequest;
import uk.reviewhub.api.casereview.RapidReviewView;
import uk.reviewhub.api.casereview.RecommendationRequest;
import uk.reviewhub.api.casereview.TimelineStep;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.casereview.persistence.CaseStore;
import uk.reviewhub.learning.domain.LearningThemes;
import uk.reviewhub.time.context.PartnershipTime;
import uk.reviewhub.time.LondonTime;
import uk.reviewhub.time.clock.ClockDefinitions;
import uk.reviewhub.time.clock.StatutoryClock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Records and reads cases through their lifecycle. Every change is checked against
 * {@link CaseLifecycle} on the case it would lead to (409 with the reason when it breaks a rule),
 * carries the version the caller read (409 when stale, nothing written), and is audited in the same
 * transaction; so is every read.
 */
@Singleton
public class CaseReviews {

    public static final String CASE = "case";

    private final CaseStore store;
    private final AuditLog audit;
    private final LearningThemes themes;
    private final PartnershipTime partnershipTime;
    private final Clock time;

    CaseReviews(CaseStore store, AuditLog audit, LearningThemes themes, PartnershipTime partnershipTime,
                Clock time) {
        this.store = store;
        this.audit = audit;
        this.themes = themes;
        this.partnershipTime = partnershipTime;
        this.time = time;
    }

    /**
     * The partnership's clocks: the defaults with its own rules laid over them, read against the
     * working days of its bank-holiday division (England and Wales unless its pack names another).
     */
    public PartnershipClocks clocks() {
        return new PartnershipClocks(partnershipTime.clocks(), partnershipTime.statutoryClock());
    }

    /** A partnership's clock rules and the clock that reads them on its working days. */
    public record PartnershipClocks(ClockDefinitions definitions, StatutoryClock clock) {
    }

    public LocalDate today() {
        return LondonTime.today(time);
    }

    // -- reads -------------------------------------------------------------------------------------

    @Transactional
    public CaseView view(UUID user, UUID caseId) {
        CaseFile file = store.find(caseId).orElseThrow(CaseReviews::noCase);
        audit.record(user, AuditLog.READ, CASE, caseId);
        return view(file);
    }

    @Transactional
    public List<TimelineStep> timeline(UUID user, UUID caseId) {
        CaseFile file = store.find(caseId).orElseThrow(CaseReviews::noCase);
        audit.record(user, AuditLog.READ, "case-timeline", caseId);
        PartnershipClocks clocks = clocks();
        return CaseTimeline.steps(file, clocks.definitions(), clocks.clock(), today());
    }

    /** A page of the case list, newest first, and how many cases there are in all. */
    public record CasePage(List<CaseSummary> items, int page, int size, long total) {
    }

    @Transactional
    public CasePage list(UUID user, int page, int size) {
        PartnershipClocks clocks = clocks();
        LocalDate today = today();
        int total = store.count();
        List<CaseSummary> cases = store.page(Math.multiplyExact(page, size), size).stream().map(file -> {
            List<TimelineStep> steps = CaseTimeline.steps(file, clocks.definitions(), clocks.clock(), today);
            return new CaseSummary(file.id(), file.details().laCaseReference(), file.details().childIdentifier(),
                    file.details().origin(), file.details().nature(), file.stage(), file.details().awareOn(),
                    CaseTimeline.mostPressing(steps).orElse(null), file.version());
        }).toList();
        audit.record(user, AuditLog.READ, "case-list", null, Map.of("cases", cases.size(), "page", page, "size", size));
        return new CasePage(cases, page, size, total);
    }

    /**
     * The timelines of every case that may have an open clock (see {@link CaseStore#mayHaveOpenClocks()}),
     * for the dashboard (which audits its own read). Cases whose clocks are all met are left out.
     */
    public List<CaseTimelines> openTimelines() {
        PartnershipClocks clocks = clocks();
        LocalDate today = today();
        return store.mayHaveOpenClocks().stream()
                .map(file -> new CaseTimelines(file, CaseTimeline.steps(file, clocks.definitions(), clocks.clock(), today))).toList();
    }

    public record CaseTimelines(CaseFile file, List<TimelineStep> steps) {
    }

    // -- the case ----------------------------------------------------------------------------------

    @Transactional
    public CaseView create(UUID user, CaseRequest request) {
        UUID id = UUID.randomUUID();
        requireAgency(request.referringAgencyId());
        CaseFile file = new CaseFile(id, request, null, 0, null, null, null);
        check(file);
        warnOfDuplicateReference(request, id);
        store.insertCase(id, request, CaseLifecycle.stage(file), user);
        audit.record(user, AuditLog.CREATE, CASE, id);
        return view(store.find(id).orElseThrow());
    }

    @Transactional
    public CaseView update(UUID user, UUID caseId, CaseRequest request) {
        int version = requireVersion(request.version());
        requireAgency(request.referringAgencyId());
        warnOfDuplicateReference(request, caseId);
        return change(user, caseId, CASE, caseId, file -> file.withDetails(request),
                after -> stale(store.updateCase(caseId, request, CaseLifecycle.stage(after), version), "case"));
    }

    // -- rapid review ------------------------------------------------------------------------------

    @Transactional
    public CaseView recordRapidReview(UUID user, UUID caseId, RapidReviewRequest request, boolean creating) {
        CaseFile before = store.lock(caseId).orElseThrow(CaseReviews::noCase);
        RapidReviewView existing = before.rapidReview();
        if (creating && existing != null) {
            throw new ConflictException("This case already has a rapid review: update it instead.");
        }
        if (!creating && existing == null) {
            throw new NotFoundException("This case has no rapid review yet.");
        }
        UUID id = creating ? UUID.randomUUID() : existing.id();
        RapidReviewView next = CaseStore.rapidReview(id, request, creating ? 0 : existing.version());
        int version = creating ? 0 : requireVersion(request.version());
        return change(user, before, "rapid-review", id, file -> file.withRapidReview(next), after -> {
            if (creating) {
                store.insertRapidReview(caseId, next);
            } else {
                stale(store.updateRapidReview(next, version), "rapid review");
            }
        });
    }

    // -- decision ----------------------------------------------------------------------------------

    @Transactional
    public CaseView recordDecision(UUID user, UUID caseId, DecisionRequest request, boolean creating) {
        CaseFile before = store.lock(caseId).orElseThrow(CaseReviews::noCase);
        DecisionView existing = before.decision();
        if (creating && existing != null) {
            throw new ConflictException("The partners' decision on this case is already recorded: update it instead.");
        }
        if (!creating && existing == null) {
            throw new NotFoundException("No decision is recorded on this case yet.");
        }
        UUID id = creating ? UUID.randomUUID() : existing.id();
        DecisionView next = CaseStore.decision(id, request, creating ? 0 : existing.version());
        int version = creating ? 0 : requireVersion(request.version());
        return change(user, before, "decision", id, file -> file.withDecision(next), after -> {
            if (creating) {
                store.insertDecision(caseId, next, user);
            } else {
                stale(store.updateDecision(next, version, user), "decision");
            }
        });
    }

    // -- commissioned review -----------------------------------------------------------------------

    @Transactional
    public CaseView recordReview(UUID user, UUID caseId, CommissionedReviewRequest request, boolean creating) {
        CaseFile before = store.lock(caseId).orElseThrow(CaseReviews::noCase);
        CommissionedReviewView existing = before.review();
        if (creating && existing != null) {
            throw new ConflictException("A review is already commissioned on this case: update it instead.");
        }
        if (!creating && existing == null) {
            throw new NotFoundException("No review is commissioned on this case yet.");
        }
        UUID id = creating ? UUID.randomUUID() : existing.id();
        CommissionedReviewView next = CaseStore.review(id, request, creating ? 0 : existing.version(),
                creating ? List.of() : existing.milestones(), creating ? List.of() : existing.recommendations());
        int version = creating ? 0 : requireVersion(request.version());
        return change(user, before, "commissioned-review", id, file -> file.withReview(next), after -> {
            if (creating) {
                store.insertReview(caseId, next);
            } else {
                stale(store.updateReview(next, version), "review");
            }
        });
    }

    @Transactional
    public CaseView addMilestone(UUID user, UUID caseId, MilestoneRequest request) {
        CaseFile file = store.lock(caseId).orElseThrow(CaseReviews::noCase);
        CommissionedReviewView review = requireReview(file, "Milestones");
        UUID id = UUID.randomUUID();
        store.insertMilestone(review.id(), id, request);
        return changed(user, caseId, AuditLog.CREATE, "milestone", id);
    }

    @Transactional
    public CaseView updateMilestone(UUID user, UUID milestoneId, MilestoneRequest request) {
        UUID caseId = store.caseOfMilestone(milestoneId).orElseThrow(() -> new NotFoundException("No such milestone."));
        store.lock(caseId);
        stale(store.updateMilestone(milestoneId, request, requireVersion(request.version())), "milestone");
        return changed(user, caseId, AuditLog.UPDATE, "milestone", milestoneId);
    }

    @Transactional
    public CaseView addRecommendation(UUID user, UUID caseId, RecommendationRequest request) {
        CaseFile file = store.lock(caseId).orElseThrow(CaseReviews::noCase);
        CommissionedReviewView review = requireReview(file, "Recommendations");
        UUID id = UUID.randomUUID();
        requireFreeNumber(review.id(), request.number(), id);
        store.insertRecommendation(review.id(), id, request);
        return changed(user, caseId, AuditLog.CREATE, "recommendation", id);
    }

    @Transactional
    public CaseView updateRecommendation(UUID user, UUID recommendationId, RecommendationRequest request) {
        UUID[] owners = store.caseOfRecommendation(recommendationId).orElseThrow(() -> new NotFoundException("No such recommendation."));
        store.lock(owners[0]);
        requireFreeNumber(owners[1], request.number(), recommendationId);
        stale(store.updateRecommendation(recommendationId, request, requireVersion(request.version())), "recommendation");
        return changed(user, owners[0], AuditLog.UPDATE, "recommendation", recommendationId);
    }

    // -- helpers -----------------------------------------------------------------------------------

    private CaseView change(UUID user, UUID caseId, String entity, UUID entityId, UnaryOperator<CaseFile> apply,
                            java.util.function.Consumer<CaseFile> write) {
        return change(user, store.lock(caseId).orElseThrow(CaseReviews::noCase), entity, entityId, apply, write);
    }

    private CaseView change(UUID user, CaseFile before, String entity, UUID entityId, UnaryOperator<CaseFile> apply,
                            java.util.function.Consumer<CaseFile> write) {
        CaseFile after = apply.apply(before);
        check(after);
        write.accept(after);
        CaseStage stage = CaseLifecycle.stage(after);
        store.setStage(before.id(), stage);
        audit.record(user, before.id().equals(entityId) || entityExisted(before, entityId) ? AuditLog.UPDATE : AuditLog.CREATE,
                entity, entityId, Map.of("case", before.id().toString(), "stage", stage.name()));
        return view(store.find(before.id()).orElseThrow());
    }

    private static boolean entityExisted(CaseFile before, UUID entityId) {
        return before.rapidReview() != null && before.rapidReview().id().equals(entityId)
                || before.decision() != null && before.decision().id().equals(entityId)
                || before.review() != null && before.review().id().equals(entityId);
    }

    private CaseView changed(UUID user, UUID caseId, String action, String entity, UUID entityId) {
        audit.record(user, action, entity, entityId, Map.of("case", caseId.toString()));
        return view(store.find(caseId).orElseThrow());
    }

    /**
     * Two cases with one local authority reference are possible (siblings, a second incident) but usually a
     * mistake: unless the request confirms it, the answer names the field and says so, and nothing is written.
     */
    private void warnOfDuplicateReference(CaseRequest request, UUID caseId) {
        if (!request.duplicateReferenceConfirmed() && request.laCaseReference() != null
                && store.referenceInUse(request.laCaseReference(), caseId)) {
            throw new InvalidFieldException("laCaseReference", "Another case already has the local authority case reference "
                    + request.laCaseReference().strip() + ": check it is not the same child, then confirm to record it anyway.");
        }
    }

    private void check(CaseFile file) {
        PartnershipClocks clocks = clocks();
        CaseLifecycle.violation(file, clocks.definitions().rule(CaseTimeline.FINAL_REPORT_TO_PANEL), clocks.clock().calendar())
                .ifPresent(reason -> {
                    throw new RuleNotMetException(reason);
                });
    }

    private CaseView view(CaseFile file) {
        PartnershipClocks clocks = clocks();
        List<TimelineStep> steps = CaseTimeline.steps(file, clocks.definitions(), clocks.clock(), today());
        CaseRequest c = file.details();
        return new CaseView(file.id(), c.origin(), c.nature(), c.laCaseReference(), c.childIdentifier(), c.ageBand(), c.sex(),
                c.ethnicity(), c.lookedAfter(), c.cpPlan(), c.referringAgencyId(), c.awareOn(), c.notifiedOn(), file.stage(),
                file.version(), file.rapidReview(), file.decision(), file.review(), steps, uk.reviewhub.learning.api.LearningThemeViews.views(themes.ofCase(file.id())));
    }

    private static CommissionedReviewView requireReview(CaseFile file, String what) {
        if (file.review() == null) {
            throw new RuleNotMetException(what + " can be added only to a commissioned review: this case has none.");
        }
        return file.review();
    }

    private void requireFreeNumber(UUID reviewId, int number, UUID except) {
        if (store.recommendationNumberTaken(reviewId, number, except)) {
            throw new ConflictException("The review already has a recommendation number " + number + ".");
        }
    }

    private void requireAgency(UUID agencyId) {
        if (agencyId != null && !store.agencyExists(agencyId)) {
            throw new InvalidFieldException("referringAgencyId", "No such agency in this partnership.");
        }
    }

    static int requireVersion(Integer version) {
        if (version == null) {
            throw new InvalidFieldException("version",
                    "An update must carry the version it read ('version'), so that nothing is overwritten unseen.");
        }
        return version;
    }

    static void stale(boolean written, String what) {
        if (!written) {
            throw new ConflictException("The " + what + " was changed by someone else since you read it: reload it and try again.");
        }
    }

    private static NotFoundException noCase() {
        return new NotFoundException("No such case in this partnership.");
    }
}
