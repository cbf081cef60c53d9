package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.RecordKind;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An issued record of a conference or review: which, which issue (an amendment is a later issue,
 * with its reason), when and by whom. Locked as issued: read it as PDF or DOCX.
 */
@Serdeable
public record RecordView(UUID id, UUID conferenceId, RecordKind kind, int issue, LocalDate issuedOn, @Nullable PersonRef issuedBy,
                         @Nullable String amendmentReason) {
}
