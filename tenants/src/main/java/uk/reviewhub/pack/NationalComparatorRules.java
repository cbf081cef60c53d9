package uk.reviewhub.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a partnership's national comparators may hold, beyond their shape: the one home of the rule for
 * the pack reader and for a partnership admin setting them through the API, so both give the same
 * answer to the same values. A region of England; a child population from 1 to {@link #LARGEST_POPULATION}
 * whose estimate is of a year from {@link #FIRST_YEAR} to the current one (never a future year); at most
 * {@link #MOST_NEIGHBOURS} statistical neighbours, each a local authority of England
 * ({@link LocalAuthorities}) or a partnership on the platform, never the partnership itself nor twice.
 */
public final class NationalComparatorRules {

    /** The first year of the ONS's mid-year estimates for local authorities this product accepts. */
    public static final int FIRST_YEAR = 2001;
    /** More children aged 0 to 17 than any area of England holds (Kent, the largest, has about a third of a million). */
    public static final int LARGEST_POPULATION = 5_000_000;
    public static final int MOST_NEIGHBOURS = 20;
    public static final int LONGEST_SOURCE = 200;

    /** A value at fault: {@code field} as the API names it, dotted ({@code childPopulation.year}, {@code statisticalNeighbours[2]}). */
    public record Problem(String field, String reason) {
    }

    private NationalComparatorRules() {
    }

    /**
     * The problems of these comparators for the partnership {@code ownSlug}; {@code partnership} says
     * whether a slug is a partnership on the platform (or in the shipped packs).
     */
    public static List<Problem> problems(NationalComparators comparators, String ownSlug, Predicate<String> partnership,
                                         int currentYear) {
        List<Problem> problems = new ArrayList<>();
        if (comparators.region() == null || !NationalComparators.REGIONS.contains(comparators.region())) {
            problems.add(new Problem("region", "Region must be one of the nine regions of England: "
                    + String.join(", ", NationalComparators.REGIONS.stream().sorted().toList())));
        }
        NationalComparators.ChildPopulation population = comparators.childPopulation();
        if (population != null) {
            if (population.count() < 1 || population.count() > LARGEST_POPULATION) {
                problems.add(new Problem("childPopulation.count", "The child population must be a number of children from 1 to "
                        + LARGEST_POPULATION + " (" + population.count() + " is not)"));
            }
            if (population.year() < FIRST_YEAR || population.year() > currentYear) {
                problems.add(new Problem("childPopulation.year", "The year of the population estimate must be from " + FIRST_YEAR
                        + " to " + currentYear + " (" + population.year() + " is not: an estimate is never of a future year)"));
            }
            if (population.source() == null || population.source().isBlank()) {
                problems.add(new Problem("childPopulation.source", "Say where the child population comes from, e.g. ONS mid-year "
                        + "population estimates"));
            } else if (population.source().length() > LONGEST_SOURCE) {
                problems.add(new Problem("childPopulation.source", "The source of the child population must be at most "
                        + LONGEST_SOURCE + " characters"));
            }
        }
        List<String> neighbours = comparators.statisticalNeighbours();
        if (neighbours.size() > MOST_NEIGHBOURS) {
            problems.add(new Problem("statisticalNeighbours", "A partnership has at most " + MOST_NEIGHBOURS
                    + " statistical neighbours"));
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < neighbours.size(); i++) {
            String slug = neighbours.get(i);
            String field = "statisticalNeighbours[" + i + "]";
            if (slug == null || slug.isBlank()) {
                problems.add(new Problem(field, "A statistical neighbour must be named"));
            } else if (slug.equals(ownSlug)) {
                problems.add(new Problem(field, "A partnership is not its own statistical neighbour ('" + slug + "')"));
            } else if (!seen.add(slug)) {
                problems.add(new Problem(field, "'" + slug + "' is named twice as a statistical neighbour"));
            } else if (!LocalAuthorities.known(slug) && !partnership.test(slug)) {
                problems.add(new Problem(field, "Unknown statistical neighbour '" + slug + "': name a local authority of "
                        + "England by its code (e.g. wigan, kensington-and-chelsea) or a partnership on the platform"));
            }
        }
        return problems;
    }
}
