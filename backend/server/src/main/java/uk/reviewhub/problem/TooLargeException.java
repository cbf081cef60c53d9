package uk.reviewhub.problem;

/** The request or the file in it is larger than the limit the message states (answered 413). */
public final class TooLargeException extends ProblemException {
    public TooLargeException(String message) {
        super(message);
    }
}
