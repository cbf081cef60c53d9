package uk.reviewhub.api.conference;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A SMART action decided at a looked-after review (what, who, by when), or on update its
 * completion ({@code completedOn}; {@code version} the action's version read).
 */
@Serdeable
public record ActionRequest(
        @Nullable @Size(max = 2000) String description,
        @Nullable @Size(max = 200) String owner,
        @Nullable @DateWindow LocalDate dueOn,
        @Nullable @DateWindow LocalDate completedOn,
        @Nullable Integer version) {
}
