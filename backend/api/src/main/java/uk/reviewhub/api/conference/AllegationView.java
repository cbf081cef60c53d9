package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.casereview.TimelineStep;
import uk.reviewhub.api.vocabulary.EmployerSector;
import uk.reviewhub.api.vocabulary.LadoOutcome;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An allegation of the LADO log: the person by employer sector and role (no name), the referral
 * to the designated officer with its clock ({@code referral}: the clock {@code lado-referral} from
 * {@code knownOn}), the strategy meeting and its chair, the actions agreed and the outcome
 * ({@code open} until an outcome is recorded).
 */
@Serdeable
public record AllegationView(UUID id, @Nullable String reference, LocalDate knownOn, @Nullable LocalDate referredOn,
                             EmployerSector employerSector, String personRole, @Nullable LocalDate meetingOn,
                             @Nullable PersonRef chair, TimelineStep referral, @Nullable LadoOutcome outcome,
                             @Nullable LocalDate decidedOn, boolean open, List<AllegationActionView> actions, int version) {

    /** An action agreed at the meeting; {@code status} in words: open, overdue, done, done late. */
    @Serdeable
    public record AllegationActionView(UUID id, String description, String owner, LocalDate dueOn, @Nullable LocalDate doneOn,
                                       String status, int version) {
    }
}
