package uk.reviewhub.meeting.domain;

import uk.reviewhub.api.vocabulary.AttendanceStatus;
import uk.reviewhub.api.vocabulary.GroupRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What approved minutes record besides their entries, as it stood at approval (or amendment): who
 * attended and how, the quorum verdict and the actions as minuted.
 */
public record Minuted(Instant takenAt, List<Seat> seats, Quorum quorum, List<Action> actions) {

    /** A seat as minuted; a DEPUTY is named. */
    public record Seat(UUID memberId, String positionTitle, String agency, GroupRole groupRole, AttendanceStatus status,
                       String deputyName, boolean delegatedAuthority) {
    }

    public record Quorum(boolean quorate, String summary, List<String> reasons) {
    }

    /** An action as minuted (its later progress is in the action log). */
    public record Action(UUID actionId, UUID agendaItemId, String description, String owner, String agency, LocalDate dueDate) {
    }
}
