package uk.reviewhub.meeting.domain;

import uk.reviewhub.api.vocabulary.AgendaDecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An item submitted for a meeting's agenda: {@code late} when submitted after {@code deadline} (or
 * after publication); {@code position} its place once ordered. {@code papers}: its papers when the
 * agenda is read by someone who may read them, else null.
 */
public record AgendaItem(UUID id, String title, String description, UUID submittedBy, Instant submittedAt,
                         LocalDate deadline, boolean late, AgendaDecision decision, String decisionReason, Integer position,
                         int version, List<Paper> papers) {

    /** This item with its papers. */
    public AgendaItem withPapers(List<Paper> itemPapers) {
        return new AgendaItem(id, title, description, submittedBy, submittedAt, deadline, late, decision, decisionReason,
                position, version, List.copyOf(itemPapers));
    }
}
