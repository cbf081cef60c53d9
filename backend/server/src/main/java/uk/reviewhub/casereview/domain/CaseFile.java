package uk.reviewhub.casereview.domain;

import uk.reviewhub.api.casereview.CaseRequest;
import uk.reviewhub.api.casereview.CaseStage;
import uk.reviewhub.api.casereview.CommissionedReviewView;
import uk.reviewhub.api.casereview.DecisionView;
import uk.reviewhub.api.casereview.RapidReviewView;

import java.util.UUID;

/**
 * Everything recorded on a case, as the lifecycle rules see it. {@code details.version()} is not
 * used; the case's version is {@code version}. Absent steps are null.
 */
public record CaseFile(UUID id, CaseRequest details, CaseStage stage, int version,
                       RapidReviewView rapidReview, DecisionView decision, CommissionedReviewView review) {

    public boolean isSin() {
        return details.notifiedOn() != null || details.origin() == uk.reviewhub.api.casereview.CaseOrigin.SIN;
    }

    public CaseFile withDetails(CaseRequest newDetails) {
        return new CaseFile(id, newDetails, stage, version, rapidReview, decision, review);
    }

    public CaseFile withRapidReview(RapidReviewView newRapidReview) {
        return new CaseFile(id, details, stage, version, newRapidReview, decision, review);
    }

    public CaseFile withDecision(DecisionView newDecision) {
        return new CaseFile(id, details, stage, version, rapidReview, newDecision, review);
    }

    public CaseFile withReview(CommissionedReviewView newReview) {
        return new CaseFile(id, details, stage, version, rapidReview, decision, newReview);
    }
}
