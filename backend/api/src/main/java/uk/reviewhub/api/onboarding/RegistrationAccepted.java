package uk.reviewhub.api.onboarding;

import io.micronaut.serde.annotation.Serdeable;

/** The one answer to a registration or a confirmed link, whatever was known before: what happens next. */
@Serdeable
public record RegistrationAccepted(String message) {
}
