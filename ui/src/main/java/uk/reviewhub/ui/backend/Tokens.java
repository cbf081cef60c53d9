package uk.reviewhub.ui.backend;

import jakarta.inject.Singleton;
import uk.reviewhub.api.auth.RefreshRequest;
import uk.reviewhub.api.auth.SignInResponse;

import java.time.Clock;

/**
 * The signed-in user's tokens in the Vaadin session ({@link SessionCredentials}): the access token
 * to send, renewed with the refresh token shortly before it expires or after the backend refused it.
 * When the sign-in cannot be renewed the session is signed out and {@link NotSignedInException} is
 * thrown, which sends the user back to the sign-in view.
 */
@Singleton
class Tokens {

    private final AuthHttp auth;
    private final Clock clock;

    Tokens(AuthHttp auth, Clock clock) {
        this.auth = auth;
        this.clock = clock;
    }

    /** The access token to send now, renewed first if it is about to expire. */
    String accessToken() {
        SessionCredentials credentials = SessionCredentials.current()
                .orElseThrow(() -> new NotSignedInException("No one is signed in"));
        if (credentials.needsRenewal(clock.instant())) {
            credentials = renew(credentials);
        }
        return credentials.accessToken();
    }

    /** The backend refused the access token (revoked, or the clocks disagree): renew it once. */
    void renewAfterRefusal() {
        renew(SessionCredentials.current().orElseThrow(() -> new NotSignedInException("No one is signed in")));
    }

    /** The backend refused the renewed token too: sign the session out. */
    void refusedAgain() {
        SessionCredentials.clear();
        throw new NotSignedInException("The backend no longer accepts this sign-in");
    }

    void store(SignInResponse response) {
        SessionCredentials.store(SessionCredentials.from(response, clock.instant()));
    }

    private SessionCredentials renew(SessionCredentials credentials) {
        try {
            SignInResponse response = auth.refresh(new RefreshRequest(credentials.refreshToken()));
            SessionCredentials renewed = SessionCredentials.from(response, clock.instant());
            SessionCredentials.store(renewed);
            return renewed;
        } catch (BackendProblem problem) {
            if (problem.status() == BackendProblem.UNREACHABLE || problem.status() >= 500) {
                throw problem;
            }
            SessionCredentials.clear();
            throw new NotSignedInException("The sign-in could not be renewed (" + problem.status() + ")");
        }
    }
}
