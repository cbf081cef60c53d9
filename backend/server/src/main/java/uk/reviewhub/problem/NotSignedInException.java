package uk.reviewhub.problem;

/** The caller is not (or no longer) signed in: wrong credentials, an ended account (answered 401). */
public non-sealed class NotSignedInException extends ProblemException {
    public NotSignedInException(String message) {
        super(message);
    }
}
