package uk.reviewhub.api.casereview;

/** Sex as recorded in the DfE serious incident notification statistics. */
public enum Sex {
    FEMALE, MALE, UNKNOWN
}
