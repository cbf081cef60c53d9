package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A meeting's agenda: items in agenda order (ordered first, then by submission).
 * {@code itemDeadline} is the last day to submit items on time, from the terms of reference
 * ({@code itemDeadlineRule}, e.g. "at least 10 working days before the meeting"); null where the
 * terms set none. {@code publishBy} is the day by which the chair publishes the agenda and papers
 * ({@code publishByRule}, e.g. "at least 5 working days before the meeting"), null where the terms
 * set none. {@code publishClock} is that deadline's clock read today (status ON_TRACK, DUE_SOON,
 * OVERDUE, MET_ON_TIME or MET_LATE, with words such as "Published on time"), completed by the
 * first publication; null where the terms set none or the meeting is cancelled. {@code published}
 * is the latest published revision, null until the agenda is first published;
 * {@code changedSincePublished} says whether the accepted items, their order or their papers
 * differ from it (so the chair may publish a new revision).
 */
@Serdeable
public record AgendaView(UUID meetingId, @Nullable LocalDate itemDeadline, @Nullable String itemDeadlineRule,
                         @Nullable LocalDate publishBy, @Nullable String publishByRule, List<AgendaItemView> items,
                         @Nullable ClockView publishClock, @Nullable AgendaPublicationView published,
                         boolean changedSincePublished) {
}
