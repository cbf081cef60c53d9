package uk.reviewhub.api.meeting;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * An amendment to approved minutes: recorded as a new, approved version with its reason; the
 * approved version it amends stays as it was. {@code version}: the current minutes' version.
 */
@Serdeable
public record AmendMinutesRequest(int version, @NotBlank @Size(max = 2000) String reason,
                                  @NotNull @Size(max = 200) List<@Valid @NotNull MinuteEntryInput> entries) {
}
