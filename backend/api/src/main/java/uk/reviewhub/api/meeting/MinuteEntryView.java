package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** The minutes of one agenda item (or other business): notes and decisions. */
@Serdeable
public record MinuteEntryView(UUID id, @Nullable UUID agendaItemId, String heading, String notes, List<String> decisions) {
}
