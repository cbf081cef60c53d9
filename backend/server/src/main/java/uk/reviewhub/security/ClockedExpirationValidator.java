package uk.reviewhub.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.ExpirationJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * Rejects tokens without an expiry or past it, judged by the application's {@link Clock} rather
 * than the system time (Micronaut's own validator reads {@code new Date()}), so that tokens expire
 * on the same clock that issued them.
 */
@Singleton
@Replaces(ExpirationJwtClaimsValidator.class)
class ClockedExpirationValidator<T> implements GenericJwtClaimsValidator<T> {

    private final Clock clock;

    ClockedExpirationValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Instant expiry = instant(claims.get(Claims.EXPIRATION_TIME));
        return expiry != null && clock.instant().isBefore(expiry);
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        return switch (value) {
            case Date date -> date.toInstant();
            case Instant instant -> instant;
            case Number seconds -> Instant.ofEpochSecond(seconds.longValue());
            case null, default -> null;
        };
    }
}
