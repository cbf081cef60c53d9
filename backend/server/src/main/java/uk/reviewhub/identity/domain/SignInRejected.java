package uk.reviewhub.identity.domain;

/**
 * Sign-in or refresh refused. Deliberately says nothing about why (unknown email, wrong password,
 * inactive account, not a member of the partnership, revoked token): callers get one answer.
 */
public final class SignInRejected extends RuntimeException {
    public SignInRejected() {
        super("The email or password is incorrect, or the session has ended.", null, false, false);
    }
}
