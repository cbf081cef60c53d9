package uk.reviewhub.http;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The Prometheus metrics are for the platform's operators, not the public: they answer only on the
 * management port ({@code endpoints.all.port}, {@code ENDPOINTS_ALL_PORT}), which is never routed
 * publicly, and not at all when no management port is configured. Anywhere else {@code /prometheus}
 * is not found.
 */
@ServerFilter({"/prometheus", "/prometheus/**"})
final class MetricsOnManagementPort implements Ordered {

    private final @Nullable Integer managementPort;

    MetricsOnManagementPort(@Nullable @Property(name = "endpoints.all.port") Integer managementPort) {
        this.managementPort = managementPort;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> onlyOnManagementPort(HttpRequest<?> request) {
        boolean management = managementPort != null && request.getServerAddress().getPort() == managementPort;
        return management ? null : HttpResponse.notFound();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
