package uk.reviewhub.access;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

/**
 * The one place a refusal by role is made into an exception (403 with the reason in words), so
 * that the kind of exception can be changed here alone.
 */
public final class Forbidden {

    private Forbidden() {
    }

    /** A 403 whose detail is {@code reason}. */
    public static RuntimeException because(String reason) {
        return new HttpStatusException(HttpStatus.FORBIDDEN, reason);
    }
}
