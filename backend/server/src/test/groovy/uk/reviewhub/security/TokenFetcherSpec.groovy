package uk.reviewhub.security

import io.micronaut.context.event.ApplicationEventPublisher
import io.micronaut.core.async.publisher.Publishers
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.server.util.HttpHostResolver
import io.micronaut.http.server.util.locale.HttpLocaleResolver
import io.micronaut.security.authentication.Authentication
import io.micronaut.security.event.TokenValidatedEvent
import io.micronaut.security.filters.SecurityFilter
import io.micronaut.security.token.TokenAuthenticationFetcher
import io.micronaut.security.token.reader.TokenResolver
import io.micronaut.security.token.validator.TokenValidator
import jakarta.inject.Inject
import org.reactivestreams.Publisher
import reactor.core.publisher.Mono
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.testing.IntegrationSpec

import java.util.concurrent.CompletableFuture
import java.util.concurrent.Future

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * The token fetcher that replaces Micronaut's: the same authentication from the same token, the
 * token kept on the request, and the validated-token event announced only when someone listens.
 */
class TokenFetcherSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    @Inject TokenAuthenticationFetcher inApplication

    /** An event publisher that says whether anyone listens, and keeps what it was given. */
    static class Events implements ApplicationEventPublisher<TokenValidatedEvent> {
        boolean listened
        final List<TokenValidatedEvent> published = []

        boolean isEmpty() { !listened }

        void publishEvent(TokenValidatedEvent event) { published << event }

        Future<Void> publishEventAsync(TokenValidatedEvent event) {
            publishEvent(event)
            CompletableFuture.completedFuture(null)
        }
    }

    /** A validator that knows one token, and notes every token it was asked about. */
    static class OneToken implements TokenValidator<HttpRequest<?>> {
        final String known
        final String name
        final List<String> asked = []

        OneToken(String known, String name) { this.known = known; this.name = name }

        Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
            asked << token
            token == known ? Publishers.just(Authentication.build(name)) : Publishers.empty()
        }
    }

    int hostsAsked
    Events events = new Events()

    TokenFetcher fetcher(List<TokenValidator<HttpRequest<?>>> validators, List<String> tokens) {
        new TokenFetcher(validators,
                [resolveTokens: { request -> tokens }, resolveToken: { request -> Optional.ofNullable(tokens[0]) }] as TokenResolver<HttpRequest<?>>,
                events,
                { request -> hostsAsked++; 'https://reviewhub.example' } as HttpHostResolver,
                [resolve: { request -> Optional.of(Locale.UK) }, resolveOrDefault: { request -> Locale.UK }] as HttpLocaleResolver)
    }

    static Authentication fetch(TokenFetcher fetcher, HttpRequest<?> request) {
        Mono.from(fetcher.fetchAuthentication(request)).block()
    }

    def "with no listener the one validator's authentication is the answer, the token kept and no event made"() {
        given:
        def validator = new OneToken('good', 'alice')
        def request = HttpRequest.GET('/api/me')

        when:
        def authentication = fetch(fetcher([validator], ['good']), request)

        then:
        authentication.name == 'alice'
        request.getAttribute(SecurityFilter.TOKEN).get() == 'good'
        events.published.isEmpty()
        hostsAsked == 0
    }

    def "a token the validator refuses gives no authentication and is not kept; no token asks nobody"() {
        given:
        def validator = new OneToken('good', 'alice')
        def refused = HttpRequest.GET('/api/me')
        def none = HttpRequest.GET('/api/me')

        expect:
        fetch(fetcher([validator], ['forged']), refused) == null
        refused.getAttribute(SecurityFilter.TOKEN).isEmpty()
        fetch(fetcher([validator], []), none) == null
        validator.asked == ['forged']
    }

    def "with a listener the event is announced with the token and the request's host, as Micronaut's fetcher does"() {
        given:
        events.listened = true

        when:
        def authentication = fetch(fetcher([new OneToken('good', 'alice')], ['good']), HttpRequest.GET('/api/me'))

        then:
        authentication.name == 'alice'
        events.published*.source == ['good']
        events.published*.host == [Optional.of('https://reviewhub.example')]
        hostsAsked == 1
    }

    def "with two validators or two tokens the first authentication found counts, as in Micronaut's fetcher"() {
        given:
        def first = new OneToken('other', 'bob')
        def second = new OneToken('good', 'alice')

        expect:
        fetch(fetcher([first, second], ['good']), HttpRequest.GET('/api/me')).name == 'alice'
        fetch(fetcher([second], ['forged', 'good']), HttpRequest.GET('/api/me')).name == 'alice'
    }

    def "the application uses it, and a signed-in request is answered through it"() {
        given:
        String email = TestUsers.uniqueEmail('fetcher')
        TestUsers.member(TestUsers.user(email: email), TestUsers.partnership('token-fetcher'), [Roles.MEMBER])
        String token = post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD]).json.accessToken

        expect:
        inApplication instanceof TokenFetcher
        get(client, ApiPaths.ME, token).status == 200
        get(client, ApiPaths.ME, token + 'x').status == 401
    }
}
