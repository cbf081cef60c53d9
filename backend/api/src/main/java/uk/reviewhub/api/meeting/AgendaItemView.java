package uk.reviewhub.api.meeting;

import uk.reviewhub.api.vocabulary.AgendaDecision;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An item submitted for a meeting's agenda. {@code late} when submitted after {@code deadline};
 * {@code decision} PROPOSED, ACCEPTED or REJECTED by the chair; {@code position} its place on the
 * agenda once the chair has ordered it. {@code papers}: in the agenda answer, the item's papers
 * (oldest first) when the reader may read them (a seat in the group, or business support), so the
 * meeting page needs one request; null when they may not, and in the answers about one item.
 */
@Serdeable
public record AgendaItemView(
        UUID id,
        String title,
        @Nullable String description,
        UUID submittedBy,
        Instant submittedAt,
        @Nullable LocalDate deadline,
        boolean late,
        AgendaDecision decision,
        @Nullable String decisionReason,
        @Nullable Integer position,
        int version,
        @Nullable List<PaperView> papers) {
}
