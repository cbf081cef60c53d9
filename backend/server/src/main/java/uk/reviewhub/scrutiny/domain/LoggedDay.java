package uk.reviewhub.scrutiny.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A scrutineer's day (or part) logged on a piece. */
public record LoggedDay(UUID id, LocalDate workedOn, BigDecimal days, String description, Person workedBy, Instant loggedAt) {
}
