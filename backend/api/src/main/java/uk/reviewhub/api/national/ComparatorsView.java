package uk.reviewhub.api.national;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A partnership's national comparators. {@code region} is a region's code (null when none is set);
 * {@code childPopulation} is null when none is given (rates are then {@code x}, never estimated);
 * {@code statisticalNeighbours} are local authority codes or partnerships' slugs; {@code setBy} is
 * {@code pack} or {@code admin}; {@code regions} lists every region's code and name to choose from.
 */
@Serdeable
public record ComparatorsView(@Nullable String region,
                              @Nullable ChildPopulation childPopulation,
                              List<String> statisticalNeighbours,
                              String setBy,
                              List<Region> regions) {

    /** Children aged 0 to 17: how many, the year of the estimate (e.g. 2023 for mid-2023), and its source in words. */
    @Serdeable
    public record ChildPopulation(Integer count, Integer year, String source) {
    }

    @Serdeable
    public record Region(String code, String name) {
    }
}
