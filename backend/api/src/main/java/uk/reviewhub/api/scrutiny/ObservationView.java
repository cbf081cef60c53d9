package uk.reviewhub.api.scrutiny;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An observation as recorded, with the framework version it used (kept whatever later versions say). */
@Serdeable
public record ObservationView(UUID id, UUID pieceId, LocalDate observedOn, String setting, PersonName observer,
                              int frameworkVersion, List<Rating> ratings, String evidence, @Nullable String strengths,
                              @Nullable String areasForDevelopment, @Nullable String practitionerFeedback, Instant recordedAt) {

    @Serdeable
    public record Rating(String domain, String domainName, String rating) {
    }
}
