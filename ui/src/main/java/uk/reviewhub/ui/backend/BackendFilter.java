package uk.reviewhub.ui.backend;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.client.ClientAttributes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.filter.ClientFilterChain;
import io.micronaut.http.filter.HttpClientFilter;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

/**
 * The one filter of the UI's calls to the backend ({@link BackendCall} clients): adds the signed-in
 * user's bearer token, renewed first when it is about to expire ({@link Tokens}), unless the client is
 * {@link BackendCall.Anonymous}; tells the browser's address ({@link ForwardedFor}); asks for JSON or problem+json unless the method says otherwise; and
 * turns an error answer into a {@link BackendProblem}, no answer at all into one with status
 * {@link BackendProblem#UNREACHABLE}.
 */
@BackendCall
@Filter(serviceId = "backend")
class BackendFilter implements HttpClientFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BackendFilter.class);

    private final BeanProvider<Tokens> tokens;
    private final Problems problems;

    BackendFilter(BeanProvider<Tokens> tokens, Problems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    public Publisher<? extends HttpResponse<?>> doFilter(MutableHttpRequest<?> request, ClientFilterChain chain) {
        if (!anonymous(request)) {
            request.bearerAuth(tokens.get().accessToken());
        }
        ForwardedFor.current().ifPresent(address -> request.getHeaders().set(ForwardedFor.HEADER, address));
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null || accept.equals(MediaType.APPLICATION_JSON)) {
            request.getHeaders().remove(HttpHeaders.ACCEPT);
            request.accept(MediaType.APPLICATION_JSON_TYPE, MediaType.APPLICATION_JSON_PROBLEM_TYPE);
        }
        return Flux.from(chain.proceed(request)).onErrorMap(e -> !(e instanceof BackendProblem), e -> {
            if (e instanceof HttpClientResponseException response) {
                return problems.from(response);
            }
            if (e instanceof HttpClientException) {
                LOG.warn("Backend not reachable for {} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
                return new BackendProblem(BackendProblem.UNREACHABLE, null, null, e);
            }
            return e;
        });
    }

    private static boolean anonymous(MutableHttpRequest<?> request) {
        return ClientAttributes.getInvocationContext(request)
                .map(context -> context.hasStereotype(BackendCall.Anonymous.class)).orElse(false);
    }
}
