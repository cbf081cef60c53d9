package uk.reviewhub.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code reviewhub.security.*}: token lifetimes and sign-in throttling.
 *
 * @param jwtSecret           HS256 signing secret, at least 32 bytes; see {@link JwtSecret} for
 *                            what happens when it is absent
 * @param accessTokenMinutes  lifetime of an access token
 * @param refreshTokenHours   lifetime of a refresh token
 * @param signIn              throttling of failed sign-ins
 */
@ConfigurationProperties("reviewhub.security")
public record SecuritySettings(
        @Nullable String jwtSecret,
        @Bindable(defaultValue = "15") int accessTokenMinutes,
        @Bindable(defaultValue = "12") int refreshTokenHours,
        SignIn signIn) {

    public Duration accessTokenLifetime() {
        return Duration.ofMinutes(accessTokenMinutes);
    }

    public Duration refreshTokenLifetime() {
        return Duration.ofHours(refreshTokenHours);
    }

    /**
     * @param accountFailureLimit consecutive failures on one account before it is locked
     * @param firstLock           how long the first lock lasts; each further failure doubles it
     * @param longestLock         the cap on a lock
     * @param addressFailureLimit failed sign-ins from one client address within
     *                            {@code addressWindow} before that address is made to wait
     * @param addressWindow       the sliding window for the per-address count
     */
    @ConfigurationProperties("sign-in")
    public record SignIn(
            @Bindable(defaultValue = "5") int accountFailureLimit,
            @Bindable(defaultValue = "1m") Duration firstLock,
            @Bindable(defaultValue = "1h") Duration longestLock,
            @Bindable(defaultValue = "30") int addressFailureLimit,
            @Bindable(defaultValue = "15m") Duration addressWindow) {
    }
}
