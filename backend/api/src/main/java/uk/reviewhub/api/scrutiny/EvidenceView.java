package uk.reviewhub.api.scrutiny;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.EvidenceKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A focus group or staff or family feedback recorded on a piece, as evidence. */
@Serdeable
public record EvidenceView(UUID id, UUID pieceId, EvidenceKind kind, LocalDate gatheredOn, String title,
                           @Nullable String participants, @Nullable Integer participantCount, String summary,
                           PersonName recordedBy, Instant recordedAt) {
}
