package uk.reviewhub.api.casereview;

/** DfE ethnicity categories (major groups) as in the serious incident notification statistics. */
public enum Ethnicity {
    WHITE, MIXED, ASIAN, BLACK, OTHER, UNKNOWN
}
