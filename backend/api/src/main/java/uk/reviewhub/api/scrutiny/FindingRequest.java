package uk.reviewhub.api.scrutiny;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * A finding of a piece of scrutiny: what was found, its rating (one of the partnership's finding
 * ratings, {@code GET /api/scrutiny/settings}; another is refused at {@code rating}), and the piece's observations
 * ({@code observationIds}) and focus groups, feedback and audits ({@code evidenceIds}) it draws on
 * (at least one in all). No child's or family member's name and no case number: text that looks
 * like one is refused at its field (400) unless {@code noNamesConfirmed}.
 */
@Serdeable
public record FindingRequest(@NotBlank @Size(max = 200) String title,
                             @NotBlank @Size(max = 8000) String detail,
                             @NotBlank @Size(max = 60) String rating,
                             @Nullable @Size(max = 50) List<@NotNull UUID> observationIds,
                             @Nullable @Size(max = 50) List<@NotNull UUID> evidenceIds,
                             boolean noNamesConfirmed) {
}
