package uk.reviewhub.http;

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
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ResponseHeaders {

    static final String NO_STORE = "no-store";

    @ResponseFilter
    void secure(MutableHttpResponse<?> response) {
        if (!response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        response.getHeaders().remove(HttpHeaders.SERVER);
    }
}
