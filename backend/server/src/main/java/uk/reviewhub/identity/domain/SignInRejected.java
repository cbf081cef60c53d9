package uk.reviewhub.identity.domain;

import uk.reviewhub.problem.NotSignedInException;

/**
 * Sign-in or refresh refused. Deliberately says nothing about why (unknown email, wrong password,
 * inactive account, not a member of the partnership, revoked token): callers get one answer.
 */
public final class SignInRejected extends NotSignedInException {
    public SignInRejected() {
        super("The email or password is incorrect, or the session has ended.");
    }
}
