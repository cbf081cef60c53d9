package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One published revision of a meeting's agenda: revision 1 is the first publication; each
 * re-publication after a change is a new revision, and earlier ones stay as they were.
 * {@code items} are the accepted items as published, in agenda order, with their papers' names.
 */
@Serdeable
public record AgendaPublicationView(int revision, Instant publishedAt, UUID publishedBy, @Nullable String publishedByName,
                                    List<Item> items) {

    @Serdeable
    public record Item(UUID itemId, int number, String title, List<String> papers) {
    }
}
