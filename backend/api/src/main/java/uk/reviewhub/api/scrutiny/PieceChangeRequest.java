package uk.reviewhub.api.scrutiny;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.reviewhub.api.vocabulary.ScrutinyMethod;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A piece's commission changed after it was recorded: title, scope, questions, methodology, the lead
 * scrutineer and team, and the agreed timescale (none: the clock {@code scrutiny-report}). Who
 * commissioned it and when stay as recorded. {@code version}: the piece's version as read (a piece
 * changed since is a conflict, 409).
 */
@Serdeable
public record PieceChangeRequest(@NotBlank @Size(max = 200) String title,
                                 @NotBlank @Size(max = 4000) String scope,
                                 @Nullable @Size(max = 20) List<@NotBlank @Size(max = 1000) String> questions,
                                 @NotEmpty @Size(max = 5) List<@NotNull ScrutinyMethod> methodology,
                                 @NotNull UUID leadId,
                                 @Nullable @Size(max = 10) List<@NotNull UUID> teamIds,
                                 @Nullable @DateWindow LocalDate agreedReportBy,
                                 @NotNull Integer version) {
}
