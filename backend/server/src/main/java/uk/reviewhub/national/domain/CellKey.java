package uk.reviewhub.national.domain;

/** Where a count sits in one financial year's figures: measure, category, area and quarter (0 = the whole year). */
public record CellKey(String measure, String dimension, String category, String areaLevel, String area, int quarter) {

    public static final String ENGLAND = "england";
    public static final String REGION = "region";
    public static final String PARTNERSHIP = "partnership";
}
