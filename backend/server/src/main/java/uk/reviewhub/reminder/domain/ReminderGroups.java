package uk.reviewhub.reminder.domain;

import uk.reviewhub.meeting.domain.MeetingDeadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The bound partnership's review groups as reminders need them: what their terms of reference say
 * about the agenda-items deadline and the next review of the terms. Implemented by
 * {@link DirectoryReminderGroups} over the partnership's directory.
 */
public interface ReminderGroups {

    /** Every group of the bound partnership, with its terms (an item deadline that cannot be read: none). */
    List<GroupTerms> withTerms();

    /** The name of the bound partnership's group, or empty. */
    Optional<String> name(UUID groupId);

    /** A group, its agenda-items deadline (if its terms set one) and when its terms are due for review (or null). */
    record GroupTerms(UUID id, String name, Optional<MeetingDeadline> itemDeadline, LocalDate termsReviewDueOn) {
    }
}
