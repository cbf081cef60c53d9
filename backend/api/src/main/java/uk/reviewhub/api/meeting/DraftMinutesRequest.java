package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The draft minutes, entry by entry (replacing the draft's entries). {@code version}: null to
 * start the draft, otherwise the draft's version as last read.
 */
@Serdeable
public record DraftMinutesRequest(@Nullable Integer version, @NotNull @Size(max = 200) List<@Valid @NotNull MinuteEntryInput> entries) {
}
