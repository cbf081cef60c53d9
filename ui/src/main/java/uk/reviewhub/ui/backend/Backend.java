package uk.reviewhub.ui.backend;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.api.auth.Me;
import uk.reviewhub.api.auth.RefreshRequest;
import uk.reviewhub.api.auth.SignInRequest;
import uk.reviewhub.api.auth.SignInResponse;
import uk.reviewhub.api.auth.SwitchPartnershipRequest;

import java.util.function.Function;

/**
 * Signing in and out, and the one hand-written call left: a multipart upload with the signed-in
 * user's bearer token (attaching a paper, which has no declaration shared with its controller).
 * Every other call goes through a declarative {@link BackendCall} client. Tokens are kept and
 * renewed by {@link Tokens}; error answers become {@link BackendProblem}s.
 */
@Singleton
public class Backend {

    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);

    private final BlockingHttpClient http;
    private final AuthHttp auth;
    private final SessionHttp session;
    private final Tokens tokens;
    private final Problems problems;

    Backend(@Client(id = "backend") HttpClient client, AuthHttp auth, SessionHttp session, Tokens tokens, Problems problems) {
        this.http = client.toBlocking();
        this.auth = auth;
        this.session = session;
        this.tokens = tokens;
        this.problems = problems;
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

    /** POST one file as the multipart part {@code part}, as the signed-in user, reading the JSON answer. */
    public <T> T upload(String path, String part, String fileName, byte[] content, Class<T> type) {
        MultipartBody body = MultipartBody.builder().addPart(part, fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build();
        return authorised(token -> withBearer(HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token),
                Argument.of(type));
    }

    private <T> T authorised(Function<String, MutableHttpRequest<?>> request, Argument<T> type) {
        try {
            return exchange(request.apply(tokens.accessToken()), type).body();
        } catch (BackendProblem problem) {
            if (!problem.isUnauthorised()) {
                throw problem;
            }
            // The token may have been revoked or the clocks disagree: renew once, then give up.
            tokens.renewAfterRefusal();
            try {
                return exchange(request.apply(tokens.accessToken()), type).body();
            } catch (BackendProblem again) {
                if (again.isUnauthorised()) {
                    tokens.refusedAgain();
                }
                throw again;
            }
        }
    }

    private static MutableHttpRequest<?> withBearer(MutableHttpRequest<?> request, String token) {
        return request.bearerAuth(token);
    }

    private <T> HttpResponse<T> exchange(MutableHttpRequest<?> request, Argument<T> type) {
        if (request.getHeaders().get(HttpHeaders.ACCEPT) == null) {
            request.accept(MediaType.APPLICATION_JSON_TYPE, MediaType.APPLICATION_JSON_PROBLEM_TYPE);
        }
        try {
            return http.exchange(request, type, Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            throw problems.from(e);
        } catch (HttpClientException e) {
            LOG.warn("Backend not reachable for {} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
            throw new BackendProblem(BackendProblem.UNREACHABLE, null, null, e);
        }
    }

}
