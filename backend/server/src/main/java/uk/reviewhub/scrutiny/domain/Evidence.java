package uk.reviewhub.scrutiny.domain;

import uk.reviewhub.api.vocabulary.EvidenceKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A focus group or staff or family feedback recorded on a piece, as stored. */
public record Evidence(UUID id, UUID pieceId, EvidenceKind kind, LocalDate gatheredOn, String title, String participants,
                       Integer participantCount, String summary, Person recordedBy, Instant recordedAt) {
}
