package uk.reviewhub.api.scrutiny;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.ScrutinyMethod;
import uk.reviewhub.api.vocabulary.ScrutinyStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A piece of scrutiny: as commissioned, where it stands, its report clock (see {@link PieceSummary}),
 * the statuses it may move to next, and the scrutineers' days logged on it (they count against the
 * chair's days allocation of the group the pack names).
 */
@Serdeable
public record PieceView(UUID id, String title, String scope, List<String> questions, List<ScrutinyMethod> methodology,
                        String commissionedBy, LocalDate commissionedOn, PersonName lead, List<PersonName> team,
                        @Nullable LocalDate agreedReportBy, @Nullable LocalDate reportDue, String clockStatus,
                        String clockLabel, ScrutinyStatus status, List<ScrutinyStatus> nextStatuses,
                        @Nullable LocalDate reportedOn, int version, BigDecimal daysLogged, List<Day> days) {

    @Serdeable
    public record Day(UUID id, LocalDate workedOn, BigDecimal days, String description, PersonName workedBy, Instant loggedAt) {
    }
}
