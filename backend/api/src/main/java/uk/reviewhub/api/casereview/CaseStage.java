package uk.reviewhub.api.casereview;

/** Where a case stands in the review lifecycle, derived from what has been recorded. */
public enum CaseStage {
    REFERRED, NOTIFIED, RAPID_REVIEW, WITH_PANEL, DECIDED, REVIEW_IN_PROGRESS, PUBLISHED, CLOSED
}
