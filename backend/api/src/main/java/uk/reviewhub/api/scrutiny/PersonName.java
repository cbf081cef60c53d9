package uk.reviewhub.api.scrutiny;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A person by id and the name they sign in with. */
@Serdeable
public record PersonName(UUID id, String name) {
}
