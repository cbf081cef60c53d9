package uk.reviewhub.national.domain;

/**
 * One aggregate the narrow path answers: a count for a measure's category in an area (England, a
 * region or a partnership) and period (quarter 0 is the whole financial year); {@code value} is null
 * when the database suppressed it.
 */
public record AggregateRow(String measure, String dimension, String category, String areaLevel, String area, int financialYear,
                           int quarter, Integer value) {
}
