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
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.Me;
import uk.reviewhub.api.auth.RefreshRequest;
import uk.reviewhub.api.auth.SignInRequest;
import uk.reviewhub.api.auth.SignInResponse;
import uk.reviewhub.api.auth.SwitchPartnershipRequest;

import java.util.List;
import java.util.function.Function;

/**
 * Signing in and out, and (until every feature calls the backend through its declarative client)
 * hand-written HTTP with the signed-in user's bearer token. Tokens are kept and renewed by
 * {@link Tokens}; error answers become {@link BackendProblem}s.
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

    /** Keeps the tokens of a sign-in made another way (an accepted invitation) in the current Vaadin session. */
    public Me keep(SignInResponse response) {
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

    /** GET as the signed-in user. */
    public <T> T get(String path, Argument<T> type) {
        return authorised(token -> withBearer(HttpRequest.GET(path), token), type);
    }

    public <T> T get(String path, Class<T> type) {
        return get(path, Argument.of(type));
    }

    /**
     * GET a page of a paged list ({@code page} and {@code size} are added to {@code path}); the total
     * comes from the response's {@link ApiPaths#TOTAL_COUNT_HEADER}.
     */
    public <T> Page<T> getPage(String path, Class<T> rowType, int page, int size) {
        String paged = path + (path.contains("?") ? "&" : "?") + "page=" + page + "&size=" + size;
        HttpResponse<List<T>> response = authorised(token -> withBearer(HttpRequest.GET(paged), token), Argument.listOf(rowType),
                true);
        List<T> rows = response.getBody().orElse(List.of());
        String total = response.getHeaders().get(ApiPaths.TOTAL_COUNT_HEADER);
        return new Page<>(rows, total == null || !total.trim().matches("\\d{1,18}") ? rows.size() : Long.parseLong(total.trim()));
    }

    /** POST a JSON body as the signed-in user. */
    public <T> T post(String path, Object body, Class<T> type) {
        return authorised(token -> withBearer(HttpRequest.POST(path, body), token), Argument.of(type));
    }

    /** PUT a JSON body as the signed-in user. */
    public <T> T put(String path, Object body, Class<T> type) {
        return authorised(token -> withBearer(HttpRequest.PUT(path, body), token), Argument.of(type));
    }

    /** DELETE as the signed-in user, reading the JSON answer. */
    public <T> T delete(String path, Argument<T> type) {
        return authorised(token -> withBearer(HttpRequest.DELETE(path), token), type);
    }

    /** GET a non-JSON body (e.g. CSV) as the signed-in user, as bytes. */
    public byte[] download(String path, String mediaType) {
        return authorised(token -> withBearer(HttpRequest.GET(path), token).accept(MediaType.of(mediaType)),
                Argument.of(byte[].class));
    }

    /** POST one file as the multipart part {@code part}, as the signed-in user, reading the JSON answer. */
    public <T> T upload(String path, String part, String fileName, byte[] content, Class<T> type) {
        MultipartBody body = MultipartBody.builder().addPart(part, fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build();
        return authorised(token -> withBearer(HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token),
                Argument.of(type));
    }

    private <T> T authorised(Function<String, MutableHttpRequest<?>> request, Argument<T> type) {
        HttpResponse<T> response = authorised(request, type, false);
        return response.body();
    }

    private <T> HttpResponse<T> authorised(Function<String, MutableHttpRequest<?>> request, Argument<T> type, boolean exchange) {
        try {
            return exchange(request.apply(tokens.accessToken()), type);
        } catch (BackendProblem problem) {
            if (!problem.isUnauthorised()) {
                throw problem;
            }
            // The token may have been revoked or the clocks disagree: renew once, then give up.
            tokens.renewAfterRefusal();
            try {
                return exchange(request.apply(tokens.accessToken()), type);
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
