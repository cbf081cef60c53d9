package uk.reviewhub.casereview.api;

import uk.reviewhub.api.casereview.CaseRequest;
import uk.reviewhub.api.casereview.CaseSummary;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.CommissionedReviewRequest;
import uk.reviewhub.api.casereview.CommissionedReviewView;
import uk.reviewhub.api.casereview.DecisionRequest;
import uk.reviewhub.api.casereview.DecisionView;
import uk.reviewhub.api.casereview.MilestoneRequest;
import uk.reviewhub.api.casereview.MilestoneView;
import uk.reviewhub.api.casereview.RapidReviewRequest;
import uk.reviewhub.api.casereview.RapidReviewView;
import uk.reviewhub.api.casereview.RecommendationRequest;
import uk.reviewhub.api.casereview.RecommendationView;
import uk.reviewhub.api.casereview.TimelineStep;
import uk.reviewhub.casereview.domain.CaseDetails;
import uk.reviewhub.casereview.domain.CaseFile;
import uk.reviewhub.casereview.domain.CaseReviews;
import uk.reviewhub.casereview.domain.CaseStep;
import uk.reviewhub.casereview.domain.CommissionedReview;
import uk.reviewhub.casereview.domain.Decision;
import uk.reviewhub.casereview.domain.RapidReview;
import uk.reviewhub.learning.api.LearningThemeViews;

import java.util.List;

/**
 * Cases as the API shows them, made here at the edge from the domain's records; and the API's requests
 * turned into the domain's arguments (ids and versions are the domain's to give).
 */
public final class CaseViews {

    private CaseViews() {
    }

    // -- views -------------------------------------------------------------------------------------

    public static CaseView view(CaseReviews.CaseOverview overview) {
        CaseFile file = overview.file();
        CaseDetails c = file.details();
        return new CaseView(file.id(), c.origin(), c.nature(), c.laCaseReference(), c.childIdentifier(), c.ageBand(), c.sex(),
                c.ethnicity(), c.lookedAfter(), c.cpPlan(), c.referringAgencyId(), c.awareOn(), c.notifiedOn(), file.stage(),
                file.version(), rapidReview(file.rapidReview()), decision(file.decision()), review(file.review()),
                steps(overview.timeline()), LearningThemeViews.views(overview.themes()));
    }

    public static CaseSummary summary(CaseReviews.CaseRow row) {
        CaseFile file = row.file();
        CaseDetails c = file.details();
        return new CaseSummary(file.id(), c.laCaseReference(), c.childIdentifier(), c.origin(), c.nature(), file.stage(),
                c.awareOn(), row.nextStep() == null ? null : step(row.nextStep()), file.version());
    }

    public static TimelineStep step(CaseStep s) {
        return new TimelineStep(s.code(), s.title(), s.clock(), s.rule(), s.startedOn(), s.dueOn(), s.actualOn(), s.status(),
                s.statusLabel(), s.workingDaysRemaining(), s.workingDaysLate(), s.dueProjected());
    }

    public static List<TimelineStep> steps(List<CaseStep> steps) {
        return steps.stream().map(CaseViews::step).toList();
    }

    static RapidReviewView rapidReview(RapidReview r) {
        return r == null ? null : new RapidReviewView(r.id(), r.meetingOn(), r.agenciesInvolved(), r.facts(), r.immediateActions(),
                r.learning(), r.recommendation(), r.sentToPanelOn(), r.panelResponseOn(), r.panelResponseSummary(), r.version());
    }

    static DecisionView decision(Decision d) {
        return d == null ? null : new DecisionView(d.id(), d.decision(), d.rationale(), d.decidedBy(), d.decidedOn(), d.version());
    }

    static CommissionedReviewView review(CommissionedReview r) {
        return r == null ? null : new CommissionedReviewView(r.id(), r.reviewType(), r.agenciesInScope(), r.methodology(),
                r.reviewer(), r.commissionedOn(), r.draftOn(), r.signedOffOn(), r.plannedPublicationOn(), r.publishedOn(),
                r.sentToPanelOn(), r.version(),
                r.milestones().stream().map(m -> new MilestoneView(m.id(), m.title(), m.dueOn(), m.completedOn(), m.version())).toList(),
                r.recommendations().stream().map(n -> new RecommendationView(n.id(), n.number(), n.text(), n.version())).toList());
    }

    // -- requests ----------------------------------------------------------------------------------

    static CaseDetails details(CaseRequest r) {
        return new CaseDetails(r.origin(), r.nature(), r.laCaseReference(), r.childIdentifier(), r.ageBand(), r.sex(),
                r.ethnicity(), r.lookedAfter(), r.cpPlan(), r.referringAgencyId(), r.awareOn(), r.notifiedOn());
    }

    static RapidReview rapidReview(RapidReviewRequest r) {
        return new RapidReview(null, r.meetingOn(), r.agenciesInvolved() == null ? List.of() : List.copyOf(r.agenciesInvolved()),
                r.facts(), r.immediateActions(), r.learning(), r.recommendation(), r.sentToPanelOn(), r.panelResponseOn(),
                r.panelResponseSummary(), 0);
    }

    static Decision decision(DecisionRequest r) {
        return new Decision(null, r.decision(), r.rationale(), r.decidedBy(), r.decidedOn(), 0);
    }

    static CommissionedReview review(CommissionedReviewRequest r) {
        return new CommissionedReview(null, r.reviewType(), r.agenciesInScope() == null ? List.of() : List.copyOf(r.agenciesInScope()),
                r.methodology(), r.reviewer(), r.commissionedOn(), r.draftOn(), r.signedOffOn(), r.plannedPublicationOn(),
                r.publishedOn(), r.sentToPanelOn(), 0, List.of(), List.of());
    }

    static CommissionedReview.Milestone milestone(MilestoneRequest m) {
        return new CommissionedReview.Milestone(null, m.title(), m.dueOn(), m.completedOn(), 0);
    }

    static CommissionedReview.Recommendation recommendation(RecommendationRequest r) {
        return new CommissionedReview.Recommendation(null, r.number(), r.text(), 0);
    }
}
