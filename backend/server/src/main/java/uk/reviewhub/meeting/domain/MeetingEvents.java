package uk.reviewhub.meeting.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Events the meetings feature publishes (through Micronaut's {@code ApplicationEventPublisher},
 * inside the transaction that made the change) for others to act on after it commits: the
 * reminders feature mails notices on them. Publishing from inside a {@code @Transactional} method
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

    /**
     * A meeting's agenda was published with its papers. {@code revision} tells publications of the
     * same meeting apart (e.g. the agenda document's version): each revision is mailed once; publish
     * the same revision again and nobody is mailed twice.
     */
    public record AgendaPublished(UUID meetingId, String revision) {
        public AgendaPublished {
            Objects.requireNonNull(meetingId, "meetingId");
            Objects.requireNonNull(revision, "revision");
        }

        public AgendaPublished(UUID meetingId) {
            this(meetingId, "1");
        }
    }
}
