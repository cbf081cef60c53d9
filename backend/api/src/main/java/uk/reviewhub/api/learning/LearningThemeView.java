package uk.reviewhub.api.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A learning theme of the partnership's taxonomy. */
@Serdeable
public record LearningThemeView(
        UUID id,
        String code,
        String title,
        boolean national,
        boolean active,
        /** Send it back when renaming: a stale one answers 409. */
        int version) {
}
