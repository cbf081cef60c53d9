package uk.reviewhub.api.meeting;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.UUID;

/** The chair's order of the accepted items: every accepted item exactly once. */
@Serdeable
public record AgendaOrderRequest(@NotNull List<@NotNull UUID> itemIds) {
}
