package uk.reviewhub.api.meeting;

import io.micronaut.serde.annotation.Serdeable;

/** A state change that only needs the version the caller last read (e.g. record a meeting as held). */
@Serdeable
public record VersionedRequest(int version) {
}
