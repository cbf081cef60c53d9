package uk.reviewhub.pack;

import java.util.List;
import java.util.Set;

/**
 * What national benchmarking compares a partnership with, from its pack's {@code national:} section:
 * its region of England, its child population (the denominator of every rate), and its statistical
 * neighbours (other partnerships' pack slugs; a neighbour not on the platform is listed, never compared).
 *
 * @param childPopulation absent when the pack does not give one: rates then say "not available",
 *                        never an estimate the product made up
 */
public record NationalComparators(String region, ChildPopulation childPopulation, List<String> statisticalNeighbours) {

    /** The nine regions of England (the ONS's former government office regions), by code. */
    public static final Set<String> REGIONS = Set.of("north-east", "north-west", "yorkshire-and-the-humber", "east-midlands",
            "west-midlands", "east-of-england", "london", "south-east", "south-west");

    public NationalComparators {
        statisticalNeighbours = List.copyOf(statisticalNeighbours);
    }

    /**
     * Children aged 0 to 17 in the partnership's area.
     *
     * @param year   the year of the estimate (mid-year, e.g. 2023 for the mid-2023 estimate)
     * @param source where the figure comes from, in words (e.g. the ONS mid-year population estimates)
     */
    public record ChildPopulation(int count, int year, String source) {
    }
}
