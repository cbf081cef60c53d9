package uk.reviewhub.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers on every answer of the backend: nothing is kept in a browser's or a proxy's cache
 * ({@code Cache-Control: no-store}; almost everything is case data, and the rest is not worth the
 * risk), nothing is sniffed into another type ({@code X-Content-Type-Options: nosniff}), and
 * nothing names the server or its version ({@code Server} is removed if anything set it). An
 * answer that sets its own {@code Cache-Control} (e.g. a paper's {@code private, no-store})
 * keeps it.
 *
 * <p>Ordered just inside the request id and the request's connection, outside security: a filter
 * inside security never sees the 401 or 403 it answers, and those answers carried neither header.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ResponseHeaders implements Ordered {

    static final String NO_STORE = "no-store";

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 2;
    }

    @ResponseFilter
    void secure(MutableHttpResponse<?> response) {
        if (!response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        response.getHeaders().remove(HttpHeaders.SERVER);
    }
}
