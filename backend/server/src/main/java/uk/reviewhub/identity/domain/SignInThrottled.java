package uk.reviewhub.identity.domain;

import java.time.Duration;

/** Too many failed sign-ins for this account or from this address: wait {@link #retryAfter()}. */
public final class SignInThrottled extends RuntimeException {

    private final Duration retryAfter;

    public SignInThrottled(Duration retryAfter) {
        super("Too many failed sign-in attempts. Try again later.", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
