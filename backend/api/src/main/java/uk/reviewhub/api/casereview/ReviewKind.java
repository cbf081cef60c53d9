package uk.reviewhub.api.casereview;

/** What the safeguarding partners decide (or a rapid review recommends): a local child safeguarding practice review, another proportionate learning review, or no review. */
public enum ReviewKind {
    LCSPR, CONCISE_REVIEW, MULTI_AGENCY_AUDIT, CASE_OF_CONCERN, NO_REVIEW
}
