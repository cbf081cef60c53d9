package uk.reviewhub.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.context.ServerRequestContext;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request has an id, for the logs and for a person reporting a fault: the caller's
 * {@code X-Request-Id} when it is a plain token (letters, digits, {@code .-_}, at most 64; an
 * ingress or the UI may set one), otherwise a new random one. The answer carries it back in the
 * same header, and every log line written while serving the request names it
 * ({@code uk.reviewhub.logging.JsonLineEncoder}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RequestId implements Ordered {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "reviewhub.request-id";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** First in, last out: the id is set before security can refuse, and every answer (a 401 too) carries it. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @RequestFilter
    void assign(HttpRequest<?> request) {
        String given = request.getHeaders().get(HEADER);
        request.setAttribute(ATTRIBUTE, given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString());
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.getHeaders().set(HEADER, id));
    }

    /** The id of the request being served on this thread, if any. */
    public static Optional<String> current() {
        return ServerRequestContext.currentRequest().flatMap(r -> r.getAttribute(ATTRIBUTE, String.class));
    }
}
