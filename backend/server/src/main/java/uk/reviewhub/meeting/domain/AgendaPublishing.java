package uk.reviewhub.meeting.domain;

import uk.reviewhub.meeting.persistence.AgendaQueries.PublishedItem;
import uk.reviewhub.meeting.persistence.AgendaQueries.PublishedPaper;
import uk.reviewhub.time.DateOutsideCalendarException;
import uk.reviewhub.time.clock.ClockReading;
import uk.reviewhub.time.clock.ClockStatus;
import uk.reviewhub.time.clock.StatutoryClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules for publishing a meeting's agenda with its papers (pure). The published agenda is the
 * accepted items in agenda order, numbered from 1, each with its papers. It is refused, with the
 * reason:
 * <ul>
 *   <li>for a cancelled meeting, or one already held;</li>
 *   <li>while any item awaits the chair's decision (PROPOSED; late items are the usual case). The
 *       chair accepts or rejects every item before publishing, so members never receive an agenda
 *       that silently leaves out an item they submitted;</li>
 *   <li>when no item is accepted;</li>
 *   <li>when nothing has changed since the latest published revision (same items, order, titles
 *       and papers): a re-publication is a new revision only after a change.</li>
 * </ul>
 */
public final class AgendaPublishing {

    /** An agenda item as it stands, in agenda order, with its papers. */
    public record Item(UUID id, String title, String decision, List<PublishedPaper> papers) {
    }

    private AgendaPublishing() {
    }

    /** What publishing now would publish: the accepted items, numbered in agenda order. */
    public static List<PublishedItem> snapshot(List<Item> items) {
        List<PublishedItem> published = new ArrayList<>();
        for (Item item : items) {
            if ("ACCEPTED".equals(item.decision())) {
                published.add(new PublishedItem(item.id(), published.size() + 1, item.title(), List.copyOf(item.papers())));
            }
        }
        return published;
    }

    /** Why publishing is refused, or empty when it may go ahead. */
    public static Optional<String> refusal(String meetingStatus, List<Item> items, Optional<List<PublishedItem>> latest) {
        if ("CANCELLED".equals(meetingStatus)) {
            return Optional.of("The meeting was cancelled: its agenda cannot be published.");
        }
        if ("HELD".equals(meetingStatus)) {
            return Optional.of("The meeting has been held: its agenda can no longer be published.");
        }
        List<String> waiting = items.stream().filter(i -> "PROPOSED".equals(i.decision())).map(Item::title).toList();
        if (!waiting.isEmpty()) {
            return Optional.of((waiting.size() == 1 ? "1 item awaits" : waiting.size() + " items await")
                    + " the chair's decision (" + String.join("; ", waiting)
                    + "): accept or reject every item before publishing the agenda.");
        }
        List<PublishedItem> now = snapshot(items);
        if (now.isEmpty()) {
            return Optional.of("No item has been accepted: accept at least one item before publishing the agenda.");
        }
        if (latest.isPresent() && latest.get().equals(now)) {
            return Optional.of("The agenda has not changed since it was last published: there is nothing new to publish.");
        }
        return Optional.empty();
    }

    /** Whether the agenda as it stands differs from the latest published revision (false before any). */
    public static boolean changedSince(List<Item> items, Optional<List<PublishedItem>> latest) {
        return latest.isPresent() && !latest.get().equals(snapshot(items));
    }

    /**
     * The publishing deadline's clock for a meeting on {@code meetingDay}, read {@code today}:
     * completed by the first publication ({@code firstPublished}, null while unpublished); null
     * when the bank-holiday calendar does not cover the dates.
     */
    public static DeadlineClock clock(MeetingDeadline deadline, LocalDate meetingDay, LocalDate firstPublished, LocalDate today,
                                  StatutoryClock statutoryClock) {
        ClockReading reading;
        try {
            reading = statutoryClock.read(deadline.rule(), meetingDay, firstPublished, today);
        } catch (DateOutsideCalendarException e) {
            return null;
        }
        return new DeadlineClock(deadline.code(), deadline.label(), deadline.describe(), reading.due(), reading.completedOn(),
                reading.status().name(), label(reading.status(), reading.label()), reading.workingDaysRemaining(),
                reading.workingDaysLate());
    }

    /** The publishing clock's status in words: "Published on time", "Due soon", ... */
    public static String label(ClockStatus status, String fallback) {
        return switch (status) {
            case ON_TRACK -> "On time: not yet published";
            case DUE_SOON -> "Due soon: not yet published";
            case OVERDUE -> "Overdue: not yet published";
            case MET_ON_TIME -> "Published on time";
            case MET_LATE -> "Published late";
            default -> fallback;
        };
    }
}
