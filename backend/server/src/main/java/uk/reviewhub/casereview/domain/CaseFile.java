package uk.reviewhub.casereview.domain;

import uk.reviewhub.api.casereview.CaseOrigin;
import uk.reviewhub.api.casereview.CaseStage;

import java.util.UUID;

/**
 * Everything recorded on a case, as the lifecycle rules see it; the case's version is {@code version}.
 * Absent steps are null.
 */
public record CaseFile(UUID id, CaseDetails details, CaseStage stage, int version,
                       RapidReview rapidReview, Decision decision, CommissionedReview review) {

    public boolean isSin() {
        return details.notifiedOn() != null || details.origin() == CaseOrigin.SIN;
    }

    public CaseFile withDetails(CaseDetails newDetails) {
        return new CaseFile(id, newDetails, stage, version, rapidReview, decision, review);
    }

    public CaseFile withRapidReview(RapidReview newRapidReview) {
        return new CaseFile(id, details, stage, version, newRapidReview, decision, review);
    }

    public CaseFile withDecision(Decision newDecision) {
        return new CaseFile(id, details, stage, version, rapidReview, newDecision, review);
    }

    public CaseFile withReview(CommissionedReview newReview) {
        return new CaseFile(id, details, stage, version, rapidReview, decision, newReview);
    }
}
