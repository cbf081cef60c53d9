package uk.reviewhub.meeting.domain;

import java.time.Instant;
import java.util.UUID;

/** A paper attached to an agenda item (its bytes are read apart); {@code uploadedByName} the uploader's display name. */
public record Paper(UUID id, UUID agendaItemId, String fileName, String mediaType, long sizeBytes, String sha256,
                    Instant uploadedAt, UUID uploadedBy, String uploadedByName) {
}
