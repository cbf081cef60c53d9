package uk.reviewhub.problem;

/**
 * No such record for the signed-in user's partnership (answered 404). Another partnership's ids
 * land here too, because row-level security hides their rows.
 */
public final class NotFoundException extends ProblemException {
    public NotFoundException(String message) {
        super(message);
    }
}
