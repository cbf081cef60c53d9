package uk.reviewhub.national.domain;

import java.util.List;

/**
 * A partnership as national benchmarking sees it: its name, region, child population (null when its
 * pack gives none) with the year and source of the estimate, and its statistical neighbours' slugs.
 */
public record Comparators(String slug, String name, String region, Integer childPopulation, Integer populationYear,
                          String populationSource, List<String> statisticalNeighbours) {

    public Comparators {
        statisticalNeighbours = statisticalNeighbours == null ? List.of() : List.copyOf(statisticalNeighbours);
    }

    /** The region code under which a partnership without one is counted. */
    public static final String NO_REGION = "not-set";

    public String regionOrNotSet() {
        return region == null ? NO_REGION : region;
    }
}
