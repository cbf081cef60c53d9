package uk.reviewhub.api.auth;

import io.micronaut.serde.annotation.Serdeable;

/** A short-lived signed JWT, a refresh token, and who the token is for. */
@Serdeable
public record SignInResponse(
        String accessToken,
        String tokenType,
        long expiresInSeconds,
        String refreshToken,
        Me me) {
}
