package uk.reviewhub.scrutiny.domain;

import java.util.UUID;

/** A person by id and display name. */
public record Person(UUID id, String name) {
}
