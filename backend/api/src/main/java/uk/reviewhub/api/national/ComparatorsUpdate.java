package uk.reviewhub.api.national;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Sets the partnership's national comparators (partnership admins): a region's code; the child
 * population, or null for none (rates then say {@code x}); the statistical neighbours (at most 20:
 * local authority codes such as {@code wigan}, or partnerships' slugs). What the values may be is
 * the same rule the pack reader applies (file, line and reason there; field and sentence here).
 */
@Serdeable
public record ComparatorsUpdate(@NotBlank @Size(max = 40) String region,
                                @Nullable @Valid Population childPopulation,
                                @NotNull @Size(max = 20) List<@NotBlank @Size(max = 60) String> statisticalNeighbours) {

    @Serdeable
    public record Population(@NotNull Integer count, @NotNull Integer year, @NotBlank @Size(max = 200) String source) {
    }
}
