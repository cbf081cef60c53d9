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
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.Me;
import uk.reviewhub.api.auth.RefreshRequest;
import uk.reviewhub.api.auth.SignInRequest;
import uk.reviewhub.api.auth.SignInResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The UI's only way to the backend: HTTP with the signed-in user's bearer token. Holds the tokens
 * in the Vaadin session, renews the access token with the refresh token shortly before it expires
 * (and once more if the backend answers 401), and turns error answers into {@link BackendProblem}.
 * When the sign-in cannot be renewed the session is signed out and {@link NotSignedInException}
 * is thrown, which sends the user back to the sign-in view.
 */
@Singleton
public class Backend {

    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);

    private final BlockingHttpClient http;
    private final JsonMapper json;
    private final Clock clock;

    Backend(@Client(id = "backend") HttpClient client, JsonMapper json, Clock clock) {
        this.http = client.toBlocking();
        this.json = json;
        this.clock = clock;
    }

    /** Signs in and keeps the tokens in the current Vaadin session. */
    public Me signIn(String email, String password, String partnershipSlug) {
        SignInResponse response = call(HttpRequest.POST(ApiPaths.SIGN_IN, new SignInRequest(email, password, partnershipSlug)),
                Argument.of(SignInResponse.class));
        SessionCredentials.store(SessionCredentials.from(response, clock.instant()));
        return response.me();
    }

    /** Revokes the refresh token (best effort) and forgets the tokens. */
    public void signOut() {
        SessionCredentials.current().ifPresent(credentials -> {
            try {
                call(withBearer(HttpRequest.POST(ApiPaths.SIGN_OUT, new RefreshRequest(credentials.refreshToken())),
                        credentials.accessToken()), Argument.of(String.class));
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
        SessionCredentials credentials = SessionCredentials.current()
                .orElseThrow(() -> new NotSignedInException("No one is signed in"));
        if (credentials.needsRenewal(clock.instant())) {
            credentials = renew(credentials);
        }
        try {
            return exchange(request.apply(credentials.accessToken()), type);
        } catch (BackendProblem problem) {
            if (!problem.isUnauthorised()) {
                throw problem;
            }
            // The token may have been revoked or the clocks disagree: renew once, then give up.
            credentials = renew(credentials);
            try {
                return exchange(request.apply(credentials.accessToken()), type);
            } catch (BackendProblem again) {
                if (again.isUnauthorised()) {
                    SessionCredentials.clear();
                    throw new NotSignedInException("The backend no longer accepts this sign-in");
                }
                throw again;
            }
        }
    }

    private SessionCredentials renew(SessionCredentials credentials) {
        try {
            SignInResponse response = call(HttpRequest.POST(ApiPaths.REFRESH, new RefreshRequest(credentials.refreshToken())),
                    Argument.of(SignInResponse.class));
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
            throw problemFrom(e);
        } catch (HttpClientException e) {
            LOG.warn("Backend not reachable for {} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
            throw new BackendProblem(BackendProblem.UNREACHABLE, null, null, e);
        }
    }

    private <T> T call(MutableHttpRequest<?> request, Argument<T> type) {
        if (request.getHeaders().get(HttpHeaders.ACCEPT) == null) {
            request.accept(MediaType.APPLICATION_JSON_TYPE, MediaType.APPLICATION_JSON_PROBLEM_TYPE);
        }
        try {
            return http.retrieve(request, type, Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            throw problemFrom(e);
        } catch (HttpClientException e) {
            LOG.warn("Backend not reachable for {} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
            throw new BackendProblem(BackendProblem.UNREACHABLE, null, null, e);
        }
    }

    private BackendProblem problemFrom(HttpClientResponseException e) {
        int status = e.getStatus().getCode();
        String body = e.getResponse().getBody(String.class).orElse(null);
        Problem problem = parse(body);
        if (status >= 500) {
            LOG.warn("Backend answered {} for a request: {}", status, problem == null ? e.getMessage() : problem.title());
        }
        String detail = problem == null ? null : problem.detailWithFields();
        return new BackendProblem(status, problem == null ? null : problem.title(), detail, retryAfter(e), e,
                problem == null ? null : problem.detail(), problem == null ? List.of() : problem.fieldErrors());
    }

    private static Duration retryAfter(HttpClientResponseException e) {
        String value = e.getResponse().getHeaders().get(HttpHeaders.RETRY_AFTER);
        if (value == null || !value.trim().matches("\\d{1,9}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(value.trim()));
    }

    private Problem parse(String body) {
        if (body == null || body.isBlank() || !body.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            return json.readValue(body, Problem.class);
        } catch (IOException | RuntimeException notAProblem) {
            return null;
        }
    }
}
