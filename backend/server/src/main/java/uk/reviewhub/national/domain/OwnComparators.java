package uk.reviewhub.national.domain;

import uk.reviewhub.pack.NationalComparators;

/** The bound partnership's comparators as stored, and who set them: {@code pack} or {@code admin}. */
public record OwnComparators(String slug, NationalComparators comparators, String setBy) {

    public static final String PACK = "pack";
    public static final String ADMIN = "admin";
}
