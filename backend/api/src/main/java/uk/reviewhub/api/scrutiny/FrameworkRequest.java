package uk.reviewhub.api.scrutiny;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A new version of the observation framework, written over {@code basedOnVersion} (the version the
 * editor read; null when there is none yet). A stale base is refused (409).
 */
@Serdeable
public record FrameworkRequest(@NotBlank @Size(max = 200) String name,
                               @Nullable @Size(max = 4000) String guidance,
                               @NotEmpty @Size(max = 20) List<@NotNull @Valid Domain> domains,
                               @Nullable Integer basedOnVersion) {

    /** A domain: code (lower-case words joined by hyphens), name, guidance, prompts, and its rating scale, best first. */
    @Serdeable
    public record Domain(@NotBlank @Size(max = 100) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$",
                                 message = "Code is lower-case words joined by hyphens, e.g. voice-of-the-child") String code,
                         @NotBlank @Size(max = 200) String name,
                         @Nullable @Size(max = 2000) String guidance,
                         @Nullable @Size(max = 20) List<@NotBlank @Size(max = 1000) String> prompts,
                         @NotNull @Size(min = 2, max = 10) List<@NotBlank @Size(max = 60) String> ratingScale) {
    }
}
