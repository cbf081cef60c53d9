package uk.reviewhub.problem;

import java.time.Duration;

/** The caller must wait before trying again (answered 429 with {@code Retry-After}). */
public non-sealed class TooManyRequestsException extends ProblemException {

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
