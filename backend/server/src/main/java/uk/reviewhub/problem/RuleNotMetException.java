package uk.reviewhub.problem;

/**
 * The request is well formed but a lifecycle or state rule refuses it: a step out of order,
 * locked minutes, a cancelled meeting, a retired theme, a cap reached (answered 422).
 */
public final class RuleNotMetException extends ProblemException {
    public RuleNotMetException(String message) {
        super(message);
    }
}
