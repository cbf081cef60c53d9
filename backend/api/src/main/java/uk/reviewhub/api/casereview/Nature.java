package uk.reviewhub.api.casereview;

/** What happened to the child. */
public enum Nature {
    DEATH, SERIOUS_HARM, OTHER
}
