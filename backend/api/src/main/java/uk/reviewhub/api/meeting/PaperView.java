package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A paper attached to an agenda item; its bytes are at {@code /api/papers/{id}}. {@code uploadedByName} is the uploader's display name. */
@Serdeable
public record PaperView(UUID id, UUID agendaItemId, String fileName, String mediaType, long sizeBytes, String sha256,
                        Instant uploadedAt, @Nullable UUID uploadedBy, @Nullable String uploadedByName) {
}
