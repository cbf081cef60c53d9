package uk.reviewhub.meeting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A meeting's agenda: items in agenda order; the item deadline and the publishing deadline from the
 * terms of reference with their rules in words (null where the terms set none); the publishing
 * clock; the latest published revision and whether the agenda changed since.
 */
public record Agenda(UUID meetingId, LocalDate itemDeadline, String itemDeadlineRule, LocalDate publishBy,
                     String publishByRule, List<AgendaItem> items, DeadlineClock publishClock, AgendaPublication published,
                     boolean changedSincePublished) {

    /** This agenda with other items. */
    Agenda withItems(List<AgendaItem> others) {
        return new Agenda(meetingId, itemDeadline, itemDeadlineRule, publishBy, publishByRule, others, publishClock, published,
                changedSincePublished);
    }
}
