package uk.reviewhub.tenancy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.context.event.HttpRequestTerminatedEvent;

import java.util.Optional;

/**
 * One request, one connection (issue 14, item 1): every request gets a
 * {@link TenantBindingDataSource.RequestConnection}, which takes a pooled connection when the
 * request first needs the database and binds the tenant to it once; the request's work shares it;
 * it goes back to the pool, the tenant cleared, when the answer leaves (or, for an answer that
 * never got that far, when the server lets go of the request).
 *
 * <p>{@code reviewhub.database.connection-per-request: false} turns it off (every use then takes
 * a connection of its own, bound and cleared around it): only for measuring the difference.
 */
@Requires(property = "reviewhub.database.connection-per-request", notEquals = "false")
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestConnections implements Ordered, ApplicationEventListener<HttpRequestTerminatedEvent> {

    static final String ATTRIBUTE = "reviewhub.tenancy.request-connection";

    /** The request's connection, if the current work serves a request. */
    static Optional<TenantBindingDataSource.RequestConnection> current() {
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getAttribute(ATTRIBUTE, TenantBindingDataSource.RequestConnection.class));
    }

    /** Just inside the request id: before security (whose access check may read), and out after every other filter. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 1;
    }

    @RequestFilter
    void open(HttpRequest<?> request) {
        request.setAttribute(ATTRIBUTE, new TenantBindingDataSource.RequestConnection());
    }

    @ResponseFilter
    void close(HttpRequest<?> request) {
        end(request);
    }

    @Override
    public void onApplicationEvent(HttpRequestTerminatedEvent event) {
        end(event.getSource());
    }

    private static void end(HttpRequest<?> request) {
        request.getAttribute(ATTRIBUTE, TenantBindingDataSource.RequestConnection.class)
                .ifPresent(TenantBindingDataSource.RequestConnection::end);
    }
}
