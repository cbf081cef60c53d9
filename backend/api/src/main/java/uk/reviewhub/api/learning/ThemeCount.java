package uk.reviewhub.api.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** How often a theme was attached to cases (by the date the local authority became aware) and to reviews (by commissioning date) in a period. */
@Serdeable
public record ThemeCount(
        UUID themeId,
        String code,
        String title,
        int cases,
        int reviews) {
}
