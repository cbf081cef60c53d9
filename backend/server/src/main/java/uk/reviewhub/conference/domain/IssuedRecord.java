package uk.reviewhub.conference.domain;

import uk.reviewhub.api.vocabulary.RecordKind;

import java.time.LocalDate;
import java.util.UUID;

/** An issued record: locked as written ({@code body}, the rendered HTML fragment); an amendment is a later issue. */
public record IssuedRecord(UUID id, UUID conferenceId, RecordKind kind, int issue, LocalDate issuedOn, UUID issuedBy,
                           String issuedByName, String amendmentReason, String body) {
}
