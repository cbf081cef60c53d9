package uk.reviewhub.api.scrutiny;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * An observation of frontline practice (a team, service or meeting: {@code setting}) against a
 * version of the framework: a rating per domain observed, the evidence, strengths, areas for
 * development and the practitioner's feedback. No child's or family member's name and no case
 * number: text that looks like one is refused at its field (400) unless {@code noNamesConfirmed}.
 */
@Serdeable
public record ObservationRequest(@NotNull @DateWindow LocalDate observedOn,
                                 @NotBlank @Size(max = 200) String setting,
                                 @NotNull Integer frameworkVersion,
                                 @NotEmpty @Size(max = 20) List<@NotNull @Valid Rating> ratings,
                                 @NotBlank @Size(max = 8000) String evidence,
                                 @Nullable @Size(max = 4000) String strengths,
                                 @Nullable @Size(max = 4000) String areasForDevelopment,
                                 @Nullable @Size(max = 4000) String practitionerFeedback,
                                 boolean noNamesConfirmed) {

    /** The rating given to one domain of the framework (one of its scale). */
    @Serdeable
    public record Rating(@NotBlank @Size(max = 100) String domain, @NotBlank @Size(max = 60) String rating) {
    }
}
