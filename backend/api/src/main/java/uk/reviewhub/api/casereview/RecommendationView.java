package uk.reviewhub.api.casereview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recommendation of a commissioned review. */
@Serdeable
public record RecommendationView(
        UUID id,
        int number,
        String text,
        int version) {
}
