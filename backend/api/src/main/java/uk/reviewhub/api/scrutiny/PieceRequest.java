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
 * A piece of scrutiny as the statutory partners commissioned it: by whom and when, title, scope,
 * questions, methodology, the lead scrutineer and the team (other scrutineers), and the timescale
 * agreed for its report (none: the partnership's clock {@code scrutiny-report} from the commissioning).
 */
@Serdeable
public record PieceRequest(@NotBlank @Size(max = 200) String title,
                           @NotBlank @Size(max = 4000) String scope,
                           @Nullable @Size(max = 20) List<@NotBlank @Size(max = 1000) String> questions,
                           @NotEmpty @Size(max = 5) List<@NotNull ScrutinyMethod> methodology,
                           @NotBlank @Size(max = 200) String commissionedBy,
                           @NotNull @DateWindow LocalDate commissionedOn,
                           @NotNull UUID leadId,
                           @Nullable @Size(max = 10) List<@NotNull UUID> teamIds,
                           @Nullable @DateWindow LocalDate agreedReportBy) {
}
