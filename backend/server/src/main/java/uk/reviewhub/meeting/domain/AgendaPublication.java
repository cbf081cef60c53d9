package uk.reviewhub.meeting.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One published revision of a meeting's agenda: its accepted items as published, in agenda order, with their papers' names. */
public record AgendaPublication(int revision, Instant publishedAt, UUID publishedBy, String publishedByName, List<Item> items) {

    public record Item(UUID itemId, int number, String title, List<String> papers) {
    }
}
