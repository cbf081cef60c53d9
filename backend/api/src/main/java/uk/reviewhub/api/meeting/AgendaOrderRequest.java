package uk.reviewhub.api.meeting;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The chair's order of the accepted items: every accepted item exactly once. */
@Serdeable
public record AgendaOrderRequest(@NotNull @Size(max = 200) List<@NotNull UUID> itemIds) {
}
