package uk.reviewhub.api.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Learning themes over a financial year (1 April to 31 March), e.g. {@code "2025-26"}. */
@Serdeable
public record ThemeSummary(
        String financialYear,
        LocalDate from,
        LocalDate to,
        List<ThemeCount> themes) {
}
