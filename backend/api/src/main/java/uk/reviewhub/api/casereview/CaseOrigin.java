package uk.reviewhub.api.casereview;

/** How a case came to the review group: a referral from any agency, or a serious incident notification. */
public enum CaseOrigin {
    REFERRAL, SIN
}
