package uk.reviewhub.api.scrutiny;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.reviewhub.api.vocabulary.EvidenceKind;

import java.time.LocalDate;

/**
 * Evidence gathered other than by observation: a focus group, or feedback from staff or from
 * families, summarised; who took part by role only ({@code participants}, e.g. "six social workers
 * from the front door") and how many. No child's or family member's name and no case number: text
 * that looks like one is refused at its field (400) unless {@code noNamesConfirmed}.
 */
@Serdeable
public record EvidenceRequest(@NotNull EvidenceKind kind,
                              @NotNull @DateWindow LocalDate gatheredOn,
                              @NotBlank @Size(max = 200) String title,
                              @Nullable @Size(max = 200) String participants,
                              @Nullable @Min(1) @Max(10000) Integer participantCount,
                              @NotBlank @Size(max = 8000) String summary,
                              boolean noNamesConfirmed) {
}
