package uk.reviewhub.casereview.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.api.casereview.CaseStage;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.casereview.persistence.CaseStore;
import uk.reviewhub.learning.domain.LearningTheme;
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

    /** A case with its timeline and learning themes, as read. */
    public record CaseOverview(CaseFile file, List<CaseStep> timeline, List<LearningTheme> themes) {
    }

    @Transactional
    public CaseOverview view(UUID user, UUID caseId) {
        CaseFile file = store.find(caseId).orElseThrow(CaseReviews::noCase);
        audit.record(user, AuditLog.READ, CASE, caseId);
        return view(file);
    }

    @Transactional
    public List<CaseStep> timeline(UUID user, UUID caseId) {
        CaseFile file = store.find(caseId).orElseThrow(CaseReviews::noCase);
        audit.record(user, AuditLog.READ, "case-timeline", caseId);
        PartnershipClocks clocks = clocks();
        return CaseTimeline.steps(file, clocks.definitions(), clocks.clock(), today());
    }

    /** A page of the case list, newest first, and how many cases there are in all. */
    public record CasePage(List<CaseRow> items, int page, int size, long total) {
    }

    /** A row of the case list: the case and its most pressing open clock (null when none is open). */
    public record CaseRow(CaseFile file, CaseStep nextStep) {
    }

    @Transactional
    public CasePage list(UUID user, int page, int size) {
        PartnershipClocks clocks = clocks();
        LocalDate today = today();
        int total = store.count();
        List<CaseRow> cases = store.page(Math.multiplyExact(page, size), size).stream().map(file -> {
            List<CaseStep> steps = CaseTimeline.steps(file, clocks.definitions(), clocks.clock(), today);
            return new CaseRow(file, CaseTimeline.mostPressing(steps).orElse(null));
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

    public record CaseTimelines(CaseFile file, List<CaseStep> steps) {
    }

    // -- the case ----------------------------------------------------------------------------------

    /**
     * Records a case. A local authority case reference another case has is refused at {@code laCaseReference}
     * unless {@code duplicateReferenceConfirmed}.
     */
    @Transactional
    public CaseOverview create(UUID user, CaseDetails details, boolean duplicateReferenceConfirmed) {
        UUID id = UUID.randomUUID();
        requireAgency(details.referringAgencyId());
        CaseFile file = new CaseFile(id, details, null, 0, null, null, null);
        check(file);
        warnOfDuplicateReference(details, duplicateReferenceConfirmed, id);
        store.insertCase(id, details, CaseLifecycle.stage(file), user);
        audit.record(user, AuditLog.CREATE, CASE, id);
        return view(store.find(id).orElseThrow());
    }

    /** Changes a case's details; {@code version} is the version read (required). */
    @Transactional
    public CaseOverview update(UUID user, UUID caseId, CaseDetails details, Integer version, boolean duplicateReferenceConfirmed) {
        int read = requireVersion(version);
        requireAgency(details.referringAgencyId());
        warnOfDuplicateReference(details, duplicateReferenceConfirmed, caseId);
        return change(user, caseId, CASE, caseId, file -> file.withDetails(details),
                after -> stale(store.updateCase(caseId, details, CaseLifecycle.stage(after), read), "case"));
    }

    // -- rapid review ------------------------------------------------------------------------------

    @Transactional
    public CaseOverview recordRapidReview(UUID user, UUID caseId, RapidReview request, Integer requestVersion, boolean creating) {
        CaseFile before = store.lock(caseId).orElseThrow(CaseReviews::noCase);
        RapidReview existing = before.rapidReview();
        if (creating && existing != null) {
            throw new ConflictException("This case already has a rapid review: update it instead.");
        }
        if (!creating && existing == null) {
            throw new NotFoundException("This case has no rapid review yet.");
        }
        UUID id = creating ? UUID.randomUUID() : existing.id();
        RapidReview next = request.as(id, creating ? 0 : existing.version());
        int version = creating ? 0 : requireVersion(requestVersion);
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
    public CaseOverview recordDecision(UUID user, UUID caseId, Decision request, Integer requestVersion, boolean creating) {
        CaseFile before = store.lock(caseId).orElseThrow(CaseReviews::noCase);
        Decision existing = before.decision();
        if (creating && existing != null) {
            throw new ConflictException("The partners' decision on this case is already recorded: update it instead.");
        }
        if (!creating && existing == null) {
            throw new NotFoundException("No decision is recorded on this case yet.");
        }
        UUID id = creating ? UUID.randomUUID() : existing.id();
        Decision next = request.as(id, creating ? 0 : existing.version());
        int version = creating ? 0 : requireVersion(requestVersion);
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
    public CaseOverview recordReview(UUID user, UUID caseId, CommissionedReview request, Integer requestVersion, boolean creating) {
        CaseFile before = store.lock(caseId).orElseThrow(CaseReviews::noCase);
        CommissionedReview existing = before.review();
        if (creating && existing != null) {
            throw new ConflictException("A review is already commissioned on this case: update it instead.");
        }
        if (!creating && existing == null) {
            throw new NotFoundException("No review is commissioned on this case yet.");
        }
        UUID id = creating ? UUID.randomUUID() : existing.id();
        CommissionedReview next = request.as(id, creating ? 0 : existing.version(),
                creating ? List.of() : existing.milestones(), creating ? List.of() : existing.recommendations());
        int version = creating ? 0 : requireVersion(requestVersion);
        return change(user, before, "commissioned-review", id, file -> file.withReview(next), after -> {
            if (creating) {
                store.insertReview(caseId, next);
            } else {
                stale(store.updateReview(next, version), "review");
            }
        });
    }

    @Transactional
    public CaseOverview addMilestone(UUID user, UUID caseId, CommissionedReview.Milestone request) {
        CaseFile file = store.lock(caseId).orElseThrow(CaseReviews::noCase);
        CommissionedReview review = requireReview(file, "Milestones");
        UUID id = UUID.randomUUID();
        store.insertMilestone(review.id(), id, request);
        return changed(user, caseId, AuditLog.CREATE, "milestone", id);
    }

    @Transactional
    public CaseOverview updateMilestone(UUID user, UUID milestoneId, CommissionedReview.Milestone request, Integer version) {
        UUID caseId = store.caseOfMilestone(milestoneId).orElseThrow(() -> new NotFoundException("No such milestone."));
        store.lock(caseId);
        stale(store.updateMilestone(milestoneId, request, requireVersion(version)), "milestone");
        return changed(user, caseId, AuditLog.UPDATE, "milestone", milestoneId);
    }

    @Transactional
    public CaseOverview addRecommendation(UUID user, UUID caseId, CommissionedReview.Recommendation request) {
        CaseFile file = store.lock(caseId).orElseThrow(CaseReviews::noCase);
        CommissionedReview review = requireReview(file, "Recommendations");
        UUID id = UUID.randomUUID();
        requireFreeNumber(review.id(), request.number(), id);
        store.insertRecommendation(review.id(), id, request);
        return changed(user, caseId, AuditLog.CREATE, "recommendation", id);
    }

    @Transactional
    public CaseOverview updateRecommendation(UUID user, UUID recommendationId, CommissionedReview.Recommendation request,
                                             Integer version) {
        UUID[] owners = store.caseOfRecommendation(recommendationId).orElseThrow(() -> new NotFoundException("No such recommendation."));
        store.lock(owners[0]);
        requireFreeNumber(owners[1], request.number(), recommendationId);
        stale(store.updateRecommendation(recommendationId, request, requireVersion(version)), "recommendation");
        return changed(user, owners[0], AuditLog.UPDATE, "recommendation", recommendationId);
    }

    // -- helpers -----------------------------------------------------------------------------------

    private CaseOverview change(UUID user, UUID caseId, String entity, UUID entityId, UnaryOperator<CaseFile> apply,
                            java.util.function.Consumer<CaseFile> write) {
        return change(user, store.lock(caseId).orElseThrow(CaseReviews::noCase), entity, entityId, apply, write);
    }

    private CaseOverview change(UUID user, CaseFile before, String entity, UUID entityId, UnaryOperator<CaseFile> apply,
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

    private CaseOverview changed(UUID user, UUID caseId, String action, String entity, UUID entityId) {
        audit.record(user, action, entity, entityId, Map.of("case", caseId.toString()));
        return view(store.find(caseId).orElseThrow());
    }

    /**
     * Two cases with one local authority reference are possible (siblings, a second incident) but usually a
     * mistake: unless the request confirms it, the answer names the field and says so, and nothing is written.
     */
    private void warnOfDuplicateReference(CaseDetails details, boolean confirmed, UUID caseId) {
        if (!confirmed && details.laCaseReference() != null
                && store.referenceInUse(details.laCaseReference(), caseId)) {
            throw new InvalidFieldException("laCaseReference", "Another case already has the local authority case reference "
                    + details.laCaseReference().strip() + ": check it is not the same child, then confirm to record it anyway.");
        }
    }

    private void check(CaseFile file) {
        PartnershipClocks clocks = clocks();
        CaseLifecycle.violation(file, clocks.definitions().rule(CaseTimeline.FINAL_REPORT_TO_PANEL), clocks.clock().calendar())
                .ifPresent(reason -> {
                    throw new RuleNotMetException(reason);
                });
    }

    private CaseOverview view(CaseFile file) {
        PartnershipClocks clocks = clocks();
        List<CaseStep> steps = CaseTimeline.steps(file, clocks.definitions(), clocks.clock(), today());
        return new CaseOverview(file, steps, themes.ofCase(file.id()));
    }

    private static CommissionedReview requireReview(CaseFile file, String what) {
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
