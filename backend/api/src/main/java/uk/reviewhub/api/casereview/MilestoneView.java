package uk.reviewhub.api.casereview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A milestone of a commissioned review. */
@Serdeable
public record MilestoneView(
        UUID id,
        String title,
        LocalDate dueOn,
        @Nullable LocalDate completedOn,
        int version) {
}
