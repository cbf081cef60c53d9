package uk.reviewhub.web;

/**
 * The request conflicts with the current state (a stale version, a duplicate): answered 409.
 * The message is shown to the caller, so it must not carry internal detail.
 */
public class ConflictException extends RuntimeException {
    public ConflictException(String detail) {
        super(detail);
    }
}
