package uk.reviewhub.identity.domain;

import uk.reviewhub.problem.TooManyRequestsException;

import java.time.Duration;

/** Too many failed sign-ins for this account or from this address: wait {@link #retryAfter()}. */
public final class SignInThrottled extends TooManyRequestsException {

    public SignInThrottled(Duration retryAfter) {
        super("Too many failed sign-in attempts. Try again later.", retryAfter);
    }
}
