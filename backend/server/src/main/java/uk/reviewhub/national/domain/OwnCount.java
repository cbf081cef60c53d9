package uk.reviewhub.national.domain;

/** One of the bound partnership's own counts, unsuppressed, by financial year and quarter (1 to 4). */
public record OwnCount(String measure, String dimension, String category, int financialYear, int quarter, int count) {
}
