package uk.reviewhub.api.conference;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A person by id and the name they sign in with. */
@Serdeable
public record PersonRef(UUID id, String name) {
}
