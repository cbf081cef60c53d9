package uk.reviewhub.meeting.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Events the meetings feature publishes (through Micronaut's {@code ApplicationEventPublisher},
 * inside the transaction that made the change) for others to act on after it commits: the
 * reminders feature mails notices on them. The agenda's publication is {@link AgendaPublished}. Publishing from inside a {@code @Transactional} method
 * means nothing is mailed for a change that rolled back.
 */
public final class MeetingEvents {

    private MeetingEvents() {
    }

    /** The circulation of a meeting's minutes ({@code minutesId}, its current version) was recorded. */
    public record MinutesCirculated(UUID meetingId, UUID minutesId) {
        public MinutesCirculated {
            Objects.requireNonNull(meetingId, "meetingId");
            Objects.requireNonNull(minutesId, "minutesId");
        }
    }
}
