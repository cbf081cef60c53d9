package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.AttendanceStatus;
import uk.reviewhub.api.vocabulary.GroupRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What approved minutes record besides their entries, as it stood when they were approved (or
 * amended): who attended and how (a deputy by name), the quorum verdict, and the actions as
 * minuted. Later changes to attendance or actions do not change it; an amendment takes a new one.
 */
@Serdeable
public record MinutedView(Instant takenAt, List<Seat> seats, Quorum quorum, List<Action> actions) {

    /** A seat as minuted; a DEPUTY is named. */
    @Serdeable
    public record Seat(UUID memberId, String positionTitle, String agency, GroupRole groupRole, AttendanceStatus status,
                       @Nullable String deputyName, boolean delegatedAuthority) {
    }

    /** The quorum verdict as minuted. */
    @Serdeable
    public record Quorum(boolean quorate, String summary, List<String> reasons) {
    }

    /** An action as minuted (its later progress is in the action log). */
    @Serdeable
    public record Action(UUID actionId, @Nullable UUID agendaItemId, String description, String owner, String agency,
                         LocalDate dueDate) {
    }
}
