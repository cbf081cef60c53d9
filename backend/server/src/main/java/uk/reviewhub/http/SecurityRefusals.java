package uk.reviewhub.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.filters.SecurityFilter;

/**
 * Counts the requests security refused at the door (no token, a bad or ended one, a role not held),
 * by status: {@code reviewhub_http_refusals_total{status="401"|"403"}} on the metrics endpoint.
 *
 * <p>Why a meter of its own: Micronaut's request timer ({@code http_server_requests_seconds}) sits
 * inside security, so it never sees these answers, and a flood of requests without a token, or a
 * client whose token stopped working, would not show in the request metrics at all. A refusal
 * thrown by our own code after security let the request in (e.g. {@code NotSignedInException}) is
 * in the request timer already, and is not counted here.
 */
@Requires(beans = MeterRegistry.class)
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityRefusals implements Ordered {

    static final String METER = "reviewhub.http.refusals";

    private final MeterRegistry registry;

    SecurityRefusals(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Outside security (as {@link ResponseHeaders}), so its refusals pass on their way out. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 3;
    }

    @ResponseFilter
    void count(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(SecurityFilter.REJECTION).isPresent()) {
            registry.counter(METER, "status", Integer.toString(response.code())).increment();
        }
    }
}
