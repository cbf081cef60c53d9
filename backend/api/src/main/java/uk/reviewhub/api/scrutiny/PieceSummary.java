package uk.reviewhub.api.scrutiny;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.ScrutinyStatus;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A piece in the programme: its report is due on {@code reportDue} (the agreed timescale, or the
 * clock {@code scrutiny-report} from the commissioning); {@code clockStatus} is a ClockStatus name
 * (ON_TRACK, DUE_SOON, OVERDUE, MET_ON_TIME, MET_LATE, OUTSIDE_CALENDAR) and {@code clockLabel} in words.
 */
@Serdeable
public record PieceSummary(UUID id, String title, ScrutinyStatus status, String commissionedBy, LocalDate commissionedOn,
                           PersonName lead, @Nullable LocalDate reportDue, String clockStatus, String clockLabel) {
}
