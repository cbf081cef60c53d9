package uk.reviewhub.api.sso;

import io.micronaut.serde.annotation.Serdeable;

/** Where to send the person's browser: the provider's sign-in page for this attempt (10 minutes, used once). */
@Serdeable
public record SsoStarted(String authorizationUrl) {
}
