package uk.reviewhub.problem;

/**
 * The request collides with what is stored: a stale version (someone changed it since it was
 * read) or a duplicate of something that must be unique (answered 409). Reloading shows why.
 */
public final class ConflictException extends ProblemException {
    public ConflictException(String message) {
        super(message);
    }
}
