package uk.reviewhub.ui.backend;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.api.auth.Me;
import uk.reviewhub.api.auth.RefreshRequest;
import uk.reviewhub.api.auth.SignInRequest;
import uk.reviewhub.api.auth.SignInResponse;
import uk.reviewhub.api.auth.SwitchPartnershipRequest;

/**
 * Signing in and out, keeping the session's tokens. Every call to the backend goes through a
 * declarative {@link BackendCall} client (attaching a paper too: {@link PaperUploadClient}).
 * Tokens are kept and renewed by {@link Tokens}; error answers become {@link BackendProblem}s.
 */
@Singleton
public class Backend {

    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);

    private final AuthHttp auth;
    private final SessionHttp session;
    private final Tokens tokens;

    Backend(AuthHttp auth, SessionHttp session, Tokens tokens) {
        this.auth = auth;
        this.session = session;
        this.tokens = tokens;
    }

    /** Signs in and keeps the tokens in the current Vaadin session. */
    public Me signIn(String email, String password, String partnershipSlug) {
        SignInResponse response = auth.signIn(new SignInRequest(email, password, partnershipSlug));
        tokens.store(response);
        return response.me();
    }

    /**
     * Keeps the tokens of a sign-in proven another way (a just-provisioned first admin, an accepted
     * invitation) in the current Vaadin session.
     */
    public Me signedIn(SignInResponse response) {
        tokens.store(response);
        return response.me();
    }

    /** Works in another of the person's partnerships: new tokens carrying it; the old ones end at the backend. */
    public Me switchPartnership(java.util.UUID partnershipId) {
        SessionCredentials credentials = SessionCredentials.current()
                .orElseThrow(() -> new NotSignedInException("No one is signed in"));
        SignInResponse response = session.switchPartnership(new SwitchPartnershipRequest(partnershipId, credentials.refreshToken()));
        tokens.store(response);
        return response.me();
    }

    /** Revokes the refresh token (best effort) and forgets the tokens. */
    public void signOut() {
        SessionCredentials.current().ifPresent(credentials -> {
            try {
                session.signOut(new RefreshRequest(credentials.refreshToken()));
            } catch (BackendProblem | NotSignedInException e) {
                LOG.debug("Sign-out at the backend failed; forgetting the tokens anyway: {}", e.getMessage());
            }
        });
        SessionCredentials.clear();
    }
}
