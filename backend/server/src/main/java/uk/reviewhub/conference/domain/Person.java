package uk.reviewhub.conference.domain;

import java.util.UUID;

/** A person of the partnership by id and display name. */
public record Person(UUID id, String name) {
}
