package uk.reviewhub.casereview.persistence;

import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import uk.reviewhub.api.casereview.AgeBand;
import uk.reviewhub.api.casereview.CaseOrigin;
import uk.reviewhub.api.casereview.CaseStage;
import uk.reviewhub.api.casereview.Ethnicity;
import uk.reviewhub.api.casereview.Nature;
import uk.reviewhub.api.casereview.ReviewKind;
import uk.reviewhub.api.casereview.Sex;
import uk.reviewhub.casereview.domain.CaseDetails;
import uk.reviewhub.casereview.domain.CaseFile;
import uk.reviewhub.casereview.domain.CommissionedReview;
import uk.reviewhub.casereview.domain.CommissionedReview.Milestone;
import uk.reviewhub.casereview.domain.CommissionedReview.Recommendation;
import uk.reviewhub.casereview.domain.Decision;
import uk.reviewhub.casereview.domain.RapidReview;
import uk.reviewhub.database.jooq.tables.records.CommissionedReviewRecord;
import uk.reviewhub.database.jooq.tables.records.RapidReviewRecord;
import uk.reviewhub.database.jooq.tables.records.ReviewCaseRecord;
import uk.reviewhub.database.jooq.tables.records.ReviewDecisionRecord;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.or;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.AGENCY;
import static uk.reviewhub.database.jooq.Tables.COMMISSIONED_REVIEW;
import static uk.reviewhub.database.jooq.Tables.RAPID_REVIEW;
import static uk.reviewhub.database.jooq.Tables.RECOMMENDATION;
import static uk.reviewhub.database.jooq.Tables.REVIEW_CASE;
import static uk.reviewhub.database.jooq.Tables.REVIEW_DECISION;
import static uk.reviewhub.database.jooq.Tables.REVIEW_MILESTONE;

/**
 * Case review rows, on jOOQ's generated tables. No query names a tenant: row-level security keeps
 * every statement to the tenant bound to the connection, and inserts take it from
 * {@code current_tenant_id()}. Updates carry the version read; they answer false when it is stale
 * (or the row is not visible).
 */
@Singleton
public class CaseStore {

    private final DSLContext dsl;

    CaseStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    // -- cases -------------------------------------------------------------------------------------

    public void insertCase(UUID id, CaseDetails c, CaseStage stage, UUID createdBy) {
        dsl.insertInto(REVIEW_CASE)
                .set(REVIEW_CASE.TENANT_ID, currentTenantId())
                .set(REVIEW_CASE.ID, id)
                .set(caseValues(c, stage))
                .set(REVIEW_CASE.CREATED_BY, createdBy)
                .execute();
    }

    private static ReviewCaseRecord caseValues(CaseDetails c, CaseStage stage) {
        ReviewCaseRecord r = new ReviewCaseRecord();
        r.setOrigin(c.origin().name());
        r.setNature(c.nature().name());
        r.setLaCaseReference(c.laCaseReference());
        r.setChildIdentifier(c.childIdentifier());
        r.setAgeBand(c.ageBand().name());
        r.setSex(c.sex().name());
        r.setEthnicity(c.ethnicity().name());
        r.setLookedAfter(c.lookedAfter());
        r.setCpPlan(c.cpPlan());
        r.setReferringAgencyId(c.referringAgencyId());
        r.setAwareOn(c.awareOn());
        r.setNotifiedOn(c.notifiedOn());
        r.setStage(stage.name());
        return r;
    }

    /** Whether another case (not {@code except}) has this local authority case reference, letter case aside. */
    public boolean referenceInUse(String reference, UUID except) {
        return dsl.fetchExists(REVIEW_CASE, lower(REVIEW_CASE.LA_CASE_REFERENCE).eq(lower(reference.strip()))
                .and(REVIEW_CASE.ID.ne(except)));
    }

    public boolean updateCase(UUID id, CaseDetails c, CaseStage stage, int version) {
        return dsl.update(REVIEW_CASE)
                .set(caseValues(c, stage))
                .set(REVIEW_CASE.VERSION, REVIEW_CASE.VERSION.plus(1))
                .where(REVIEW_CASE.ID.eq(id).and(REVIEW_CASE.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Keeps the stored stage in step after a change to another step (no version change: the case itself is unchanged). */
    public void setStage(UUID id, CaseStage stage) {
        dsl.update(REVIEW_CASE).set(REVIEW_CASE.STAGE, stage.name())
                .where(REVIEW_CASE.ID.eq(id).and(REVIEW_CASE.STAGE.ne(stage.name())))
                .execute();
    }

    public boolean agencyExists(UUID agencyId) {
        return dsl.fetchExists(AGENCY, AGENCY.ID.eq(agencyId));
    }

    /** The whole case, its row locked until the transaction ends so its steps change one at a time. */
    public Optional<CaseFile> lock(UUID caseId) {
        return dsl.selectFrom(REVIEW_CASE).where(REVIEW_CASE.ID.eq(caseId)).forUpdate().fetchOptional().map(this::file);
    }

    public Optional<CaseFile> find(UUID caseId) {
        return dsl.selectFrom(REVIEW_CASE).where(REVIEW_CASE.ID.eq(caseId)).fetchOptional().map(this::file);
    }

    /** How many cases the partnership has. */
    public int count() {
        return dsl.fetchCount(REVIEW_CASE);
    }

    /**
     * A page of the cases with their steps (milestones and recommendations left out), newest first:
     * one query for the page and one per kind of step for just those cases.
     */
    public List<CaseFile> page(int offset, int limit) {
        return withSteps(dsl.selectFrom(REVIEW_CASE)
                .orderBy(REVIEW_CASE.AWARE_ON.desc(), REVIEW_CASE.CREATED_AT.desc(), REVIEW_CASE.ID)
                .limit(limit).offset(offset).fetch());
    }

    /**
     * The cases that may have an open clock, with their steps (milestones and recommendations left
     * out), newest first. A superset, decided from the stored stage: every stage before the
     * decision or with a review in progress, and any case of death or serious harm not yet
     * notified (whatever its stage). Closed, published and with-the-Panel cases have none: their
     * clocks were met when they got there (the lifecycle's guards see to it). The timelines built
     * from these decide what is actually open.
     */
    public List<CaseFile> mayHaveOpenClocks() {
        return withSteps(dsl.selectFrom(REVIEW_CASE).where(MAY_HAVE_OPEN_CLOCKS)
                .orderBy(REVIEW_CASE.AWARE_ON.desc(), REVIEW_CASE.CREATED_AT.desc(), REVIEW_CASE.ID).fetch());
    }

    /** The predicate of {@link #mayHaveOpenClocks()}; the partial index review_case_open (V6) has the same one. */
    static final Condition MAY_HAVE_OPEN_CLOCKS = or(
            REVIEW_CASE.STAGE.in(CaseStage.REFERRED.name(), CaseStage.NOTIFIED.name(), CaseStage.RAPID_REVIEW.name(),
                    CaseStage.DECIDED.name(), CaseStage.REVIEW_IN_PROGRESS.name()),
            REVIEW_CASE.NOTIFIED_ON.isNull().and(REVIEW_CASE.NATURE.ne(Nature.OTHER.name())));

    private List<CaseFile> withSteps(List<ReviewCaseRecord> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        UUID[] ids = cases.stream().map(ReviewCaseRecord::getId).toArray(UUID[]::new);
        Map<UUID, RapidReview> rapid = new HashMap<>();
        dsl.selectFrom(RAPID_REVIEW).where(RAPID_REVIEW.CASE_ID.eq(any(ids)))
                .forEach(r -> rapid.put(r.getCaseId(), rapidReview(r)));
        Map<UUID, Decision> decisions = new HashMap<>();
        dsl.selectFrom(REVIEW_DECISION).where(REVIEW_DECISION.CASE_ID.eq(any(ids)))
                .forEach(r -> decisions.put(r.getCaseId(), decision(r)));
        Map<UUID, CommissionedReview> reviews = new HashMap<>();
        dsl.selectFrom(COMMISSIONED_REVIEW).where(COMMISSIONED_REVIEW.CASE_ID.eq(any(ids)))
                .forEach(r -> reviews.put(r.getCaseId(), review(r, List.of(), List.of())));
        return cases.stream().map(r -> new CaseFile(r.getId(), details(r), CaseStage.valueOf(r.getStage()), r.getVersion(),
                rapid.get(r.getId()), decisions.get(r.getId()), reviews.get(r.getId()))).toList();
    }

    private CaseFile file(ReviewCaseRecord r) {
        UUID id = r.getId();
        RapidReview rr = dsl.selectFrom(RAPID_REVIEW).where(RAPID_REVIEW.CASE_ID.eq(id)).fetchOptional()
                .map(CaseStore::rapidReview).orElse(null);
        Decision decision = dsl.selectFrom(REVIEW_DECISION).where(REVIEW_DECISION.CASE_ID.eq(id)).fetchOptional()
                .map(CaseStore::decision).orElse(null);
        CommissionedReview review = dsl.selectFrom(COMMISSIONED_REVIEW).where(COMMISSIONED_REVIEW.CASE_ID.eq(id)).fetchOptional()
                .map(rv -> {
                    List<Milestone> milestones = dsl.selectFrom(REVIEW_MILESTONE)
                            .where(REVIEW_MILESTONE.REVIEW_ID.eq(rv.getId()))
                            .orderBy(REVIEW_MILESTONE.DUE_ON, REVIEW_MILESTONE.TITLE)
                            .fetch(m -> new Milestone(m.getId(), m.getTitle(), m.getDueOn(), m.getCompletedOn(), m.getVersion()));
                    List<Recommendation> recommendations = dsl.selectFrom(RECOMMENDATION)
                            .where(RECOMMENDATION.REVIEW_ID.eq(rv.getId()))
                            .orderBy(RECOMMENDATION.NUMBER)
                            .fetch(m -> new Recommendation(m.getId(), m.getNumber(), m.getText(), m.getVersion()));
                    return review(rv, milestones, recommendations);
                }).orElse(null);
        return new CaseFile(id, details(r), CaseStage.valueOf(r.getStage()), r.getVersion(), rr, decision, review);
    }

    private static CaseDetails details(ReviewCaseRecord r) {
        return new CaseDetails(CaseOrigin.valueOf(r.getOrigin()), Nature.valueOf(r.getNature()), r.getLaCaseReference(),
                r.getChildIdentifier(), AgeBand.valueOf(r.getAgeBand()), Sex.valueOf(r.getSex()), Ethnicity.valueOf(r.getEthnicity()),
                r.getLookedAfter(), r.getCpPlan(), r.getReferringAgencyId(), r.getAwareOn(), r.getNotifiedOn());
    }

    // -- rapid review ------------------------------------------------------------------------------

    public void insertRapidReview(UUID caseId, RapidReview rr) {
        dsl.insertInto(RAPID_REVIEW)
                .set(RAPID_REVIEW.TENANT_ID, currentTenantId())
                .set(RAPID_REVIEW.ID, rr.id())
                .set(RAPID_REVIEW.CASE_ID, caseId)
                .set(rapidReviewValues(rr))
                .execute();
    }

    public boolean updateRapidReview(RapidReview rr, int version) {
        return dsl.update(RAPID_REVIEW)
                .set(rapidReviewValues(rr))
                .set(RAPID_REVIEW.VERSION, RAPID_REVIEW.VERSION.plus(1))
                .where(RAPID_REVIEW.ID.eq(rr.id()).and(RAPID_REVIEW.VERSION.eq(version)))
                .execute() == 1;
    }

    private static RapidReviewRecord rapidReviewValues(RapidReview rr) {
        RapidReviewRecord r = new RapidReviewRecord();
        r.setMeetingOn(rr.meetingOn());
        r.setAgenciesInvolved(rr.agenciesInvolved().toArray(String[]::new));
        r.setFacts(rr.facts());
        r.setImmediateActions(rr.immediateActions());
        r.setLearning(rr.learning());
        r.setRecommendation(name(rr.recommendation()));
        r.setSentToPanelOn(rr.sentToPanelOn());
        r.setPanelResponseOn(rr.panelResponseOn());
        r.setPanelResponseSummary(rr.panelResponseSummary());
        return r;
    }

    private static RapidReview rapidReview(RapidReviewRecord r) {
        return new RapidReview(r.getId(), r.getMeetingOn(), strings(r.getAgenciesInvolved()), r.getFacts(),
                r.getImmediateActions(), r.getLearning(), kind(r.getRecommendation()), r.getSentToPanelOn(),
                r.getPanelResponseOn(), r.getPanelResponseSummary(), r.getVersion());
    }

    // -- decision ----------------------------------------------------------------------------------

    public void insertDecision(UUID caseId, Decision d, UUID recordedBy) {
        dsl.insertInto(REVIEW_DECISION)
                .set(REVIEW_DECISION.TENANT_ID, currentTenantId())
                .set(REVIEW_DECISION.ID, d.id())
                .set(REVIEW_DECISION.CASE_ID, caseId)
                .set(decisionValues(d, recordedBy))
                .execute();
    }

    public boolean updateDecision(Decision d, int version, UUID recordedBy) {
        return dsl.update(REVIEW_DECISION)
                .set(decisionValues(d, recordedBy))
                .set(REVIEW_DECISION.VERSION, REVIEW_DECISION.VERSION.plus(1))
                .where(REVIEW_DECISION.ID.eq(d.id()).and(REVIEW_DECISION.VERSION.eq(version)))
                .execute() == 1;
    }

    private static ReviewDecisionRecord decisionValues(Decision d, UUID recordedBy) {
        ReviewDecisionRecord r = new ReviewDecisionRecord();
        r.setDecision(d.decision().name());
        r.setRationale(d.rationale());
        r.setDecidedBy(d.decidedBy());
        r.setDecidedOn(d.decidedOn());
        r.setRecordedBy(recordedBy);
        return r;
    }

    private static Decision decision(ReviewDecisionRecord r) {
        return new Decision(r.getId(), ReviewKind.valueOf(r.getDecision()), r.getRationale(), r.getDecidedBy(),
                r.getDecidedOn(), r.getVersion());
    }

    // -- commissioned review -----------------------------------------------------------------------

    public void insertReview(UUID caseId, CommissionedReview v) {
        dsl.insertInto(COMMISSIONED_REVIEW)
                .set(COMMISSIONED_REVIEW.TENANT_ID, currentTenantId())
                .set(COMMISSIONED_REVIEW.ID, v.id())
                .set(COMMISSIONED_REVIEW.CASE_ID, caseId)
                .set(reviewValues(v))
                .execute();
    }

    public boolean updateReview(CommissionedReview v, int version) {
        return dsl.update(COMMISSIONED_REVIEW)
                .set(reviewValues(v))
                .set(COMMISSIONED_REVIEW.VERSION, COMMISSIONED_REVIEW.VERSION.plus(1))
                .where(COMMISSIONED_REVIEW.ID.eq(v.id()).and(COMMISSIONED_REVIEW.VERSION.eq(version)))
                .execute() == 1;
    }

    private static CommissionedReviewRecord reviewValues(CommissionedReview v) {
        CommissionedReviewRecord r = new CommissionedReviewRecord();
        r.setReviewType(v.reviewType().name());
        r.setAgenciesInScope(v.agenciesInScope().toArray(String[]::new));
        r.setMethodology(v.methodology());
        r.setReviewer(v.reviewer());
        r.setCommissionedOn(v.commissionedOn());
        r.setDraftOn(v.draftOn());
        r.setSignedOffOn(v.signedOffOn());
        r.setPlannedPublicationOn(v.plannedPublicationOn());
        r.setPublishedOn(v.publishedOn());
        r.setSentToPanelOn(v.sentToPanelOn());
        return r;
    }

    private static CommissionedReview review(CommissionedReviewRecord r, List<Milestone> milestones,
                                                 List<Recommendation> recommendations) {
        return new CommissionedReview(r.getId(), ReviewKind.valueOf(r.getReviewType()), strings(r.getAgenciesInScope()),
                r.getMethodology(), r.getReviewer(), r.getCommissionedOn(), r.getDraftOn(), r.getSignedOffOn(),
                r.getPlannedPublicationOn(), r.getPublishedOn(), r.getSentToPanelOn(), r.getVersion(), milestones, recommendations);
    }

    // -- milestones and recommendations ------------------------------------------------------------

    public void insertMilestone(UUID reviewId, UUID id, Milestone m) {
        dsl.insertInto(REVIEW_MILESTONE)
                .set(REVIEW_MILESTONE.TENANT_ID, currentTenantId())
                .set(REVIEW_MILESTONE.ID, id)
                .set(REVIEW_MILESTONE.REVIEW_ID, reviewId)
                .set(REVIEW_MILESTONE.TITLE, m.title())
                .set(REVIEW_MILESTONE.DUE_ON, m.dueOn())
                .set(REVIEW_MILESTONE.COMPLETED_ON, m.completedOn())
                .execute();
    }

    public boolean updateMilestone(UUID id, Milestone m, int version) {
        return dsl.update(REVIEW_MILESTONE)
                .set(REVIEW_MILESTONE.TITLE, m.title())
                .set(REVIEW_MILESTONE.DUE_ON, m.dueOn())
                .set(REVIEW_MILESTONE.COMPLETED_ON, m.completedOn())
                .set(REVIEW_MILESTONE.VERSION, REVIEW_MILESTONE.VERSION.plus(1))
                .where(REVIEW_MILESTONE.ID.eq(id).and(REVIEW_MILESTONE.VERSION.eq(version)))
                .execute() == 1;
    }

    /** The case a milestone belongs to. */
    public Optional<UUID> caseOfMilestone(UUID milestoneId) {
        return dsl.select(COMMISSIONED_REVIEW.CASE_ID)
                .from(REVIEW_MILESTONE)
                .join(COMMISSIONED_REVIEW).on(COMMISSIONED_REVIEW.TENANT_ID.eq(REVIEW_MILESTONE.TENANT_ID)
                        .and(COMMISSIONED_REVIEW.ID.eq(REVIEW_MILESTONE.REVIEW_ID)))
                .where(REVIEW_MILESTONE.ID.eq(milestoneId))
                .fetchOptional(Record1::value1);
    }

    public boolean recommendationNumberTaken(UUID reviewId, int number, UUID except) {
        return dsl.fetchExists(RECOMMENDATION, RECOMMENDATION.REVIEW_ID.eq(reviewId)
                .and(RECOMMENDATION.NUMBER.eq(number)).and(RECOMMENDATION.ID.ne(except)));
    }

    public void insertRecommendation(UUID reviewId, UUID id, Recommendation r) {
        dsl.insertInto(RECOMMENDATION)
                .set(RECOMMENDATION.TENANT_ID, currentTenantId())
                .set(RECOMMENDATION.ID, id)
                .set(RECOMMENDATION.REVIEW_ID, reviewId)
                .set(RECOMMENDATION.NUMBER, r.number())
                .set(RECOMMENDATION.TEXT, r.text())
                .execute();
    }

    public boolean updateRecommendation(UUID id, Recommendation r, int version) {
        return dsl.update(RECOMMENDATION)
                .set(RECOMMENDATION.NUMBER, r.number())
                .set(RECOMMENDATION.TEXT, r.text())
                .set(RECOMMENDATION.VERSION, RECOMMENDATION.VERSION.plus(1))
                .where(RECOMMENDATION.ID.eq(id).and(RECOMMENDATION.VERSION.eq(version)))
                .execute() == 1;
    }

    /** The case and review a recommendation belongs to: [caseId, reviewId]. */
    public Optional<UUID[]> caseOfRecommendation(UUID recommendationId) {
        return dsl.select(COMMISSIONED_REVIEW.CASE_ID, COMMISSIONED_REVIEW.ID)
                .from(RECOMMENDATION)
                .join(COMMISSIONED_REVIEW).on(COMMISSIONED_REVIEW.TENANT_ID.eq(RECOMMENDATION.TENANT_ID)
                        .and(COMMISSIONED_REVIEW.ID.eq(RECOMMENDATION.REVIEW_ID)))
                .where(RECOMMENDATION.ID.eq(recommendationId))
                .fetchOptional(r -> new UUID[] {r.value1(), r.value2()});
    }

    private static List<String> strings(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static ReviewKind kind(String value) {
        return value == null ? null : ReviewKind.valueOf(value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
