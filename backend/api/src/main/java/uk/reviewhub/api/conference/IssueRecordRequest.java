package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.reviewhub.api.vocabulary.RecordKind;

/** Issue a record from the partnership's template; once issued, a new issue needs {@code amendmentReason}. */
@Serdeable
public record IssueRecordRequest(@NotNull RecordKind kind, @Nullable @Size(max = 2000) String amendmentReason) {
}
