package uk.reviewhub.problem;

/**
 * A request refused for a reason its sender can act on. Domain code throws one of the subclasses,
 * one per meaning; the web layer's one handler ({@code uk.reviewhub.web.DomainProblemHandler})
 * gives each meaning its HTTP status. The message is a sentence written for the person who sent the
 * request (it becomes the problem's {@code detail}), so it must not carry internal detail.
 *
 * <p>This package imports no web framework: domain code can throw these without knowing HTTP.
 */
public abstract sealed class ProblemException extends RuntimeException
        permits NotFoundException, ForbiddenException, ConflictException, RuleNotMetException,
        InvalidFieldException, TooManyRequestsException, NotSignedInException, TooLargeException {

    protected ProblemException(String message) {
        // No stack trace: these are answers, not faults.
        super(message, null, false, false);
    }
}
