package uk.reviewhub.problem;

/** The signed-in person may not do this; the message says why (answered 403). */
public final class ForbiddenException extends ProblemException {
    public ForbiddenException(String reason) {
        super(reason);
    }
}
