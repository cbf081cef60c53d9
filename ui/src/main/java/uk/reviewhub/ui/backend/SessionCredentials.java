package uk.reviewhub.ui.backend;

import com.vaadin.flow.server.VaadinSession;
import uk.reviewhub.api.auth.Me;
import uk.reviewhub.api.auth.SignInResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The signed-in user's tokens, kept in the Vaadin session on the server (never sent to the
 * browser), and who they are.
 */
public record SessionCredentials(String accessToken, String refreshToken, Instant accessExpiresAt, Me me) {

    /** Renew a little before the backend would reject the token. */
    private static final Duration RENEW_MARGIN = Duration.ofSeconds(20);

    static SessionCredentials from(SignInResponse response, Instant now) {
        return new SessionCredentials(
                response.accessToken(),
                response.refreshToken(),
                now.plusSeconds(response.expiresInSeconds()),
                response.me());
    }

    boolean needsRenewal(Instant now) {
        return !now.isBefore(accessExpiresAt.minus(RENEW_MARGIN));
    }

    public static Optional<SessionCredentials> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(SessionCredentials.class));
    }

    public static boolean isSignedIn() {
        return current().isPresent();
    }

    /** The signed-in user, or {@link NotSignedInException}. */
    public static Me currentUser() {
        return current().map(SessionCredentials::me)
                .orElseThrow(() -> new NotSignedInException("No one is signed in"));
    }

    static void store(SessionCredentials credentials) {
        VaadinSession.getCurrent().setAttribute(SessionCredentials.class, credentials);
    }

    static void clear() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SessionCredentials.class, null);
        }
    }
}
