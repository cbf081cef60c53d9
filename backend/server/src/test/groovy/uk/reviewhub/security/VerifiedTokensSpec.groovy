package uk.reviewhub.security

import com.nimbusds.jwt.JWT
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.inject.qualifiers.Qualifiers
import io.micronaut.scheduling.TaskExecutors
import io.micronaut.security.token.Claims
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory
import jakarta.inject.Inject
import reactor.core.publisher.Mono
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.time.MovableClock

import java.time.Duration
import java.util.concurrent.ExecutorService

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * An access token's signature is verified once per replica; every use still runs every claims
 * validator, so expiry, signing out and the end of a role refuse a token that was verified before.
 * Each feature works on its own {@link VerifiedTokens} over the application's real verifier and
 * validators, so that what it holds is the feature's own.
 */
class VerifiedTokensSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    @Inject MovableClock clock
    @Inject JsonWebTokenValidator<JWT, HttpRequest<?>> verifier
    @Inject JwtAuthenticationFactory authentications
    @Inject ApplicationContext context
    @Inject ClockedExpirationValidator<HttpRequest<?>> expiry

    def cleanup() {
        clock.reset()
    }

    VerifiedTokens tokens(int limit = 100, List<GenericJwtClaimsValidator> extra = []) {
        new VerifiedTokens(verifier, authentications, (context.getBeansOfType(GenericJwtClaimsValidator) as List) + extra,
                expiry, limit, context.getBean(ExecutorService, Qualifiers.byName(TaskExecutors.BLOCKING)))
    }

    /** A claims validator that says whether it would read the database, and notes the thread it ran on. */
    static class Reader implements GenericJwtClaimsValidator<HttpRequest<?>>, ReadsDatabase {
        volatile boolean reads
        final List<Thread> ranOn = [].asSynchronized()

        boolean wouldRead(Claims claims) { reads }

        boolean validate(Claims claims, HttpRequest<?> request) {
            ranOn << Thread.currentThread()
            true
        }
    }

    Map signIn() {
        String email = TestUsers.uniqueEmail('verified')
        TestUsers.member(TestUsers.user(email: email), TestUsers.partnership('verified-tokens'), [Roles.MEMBER])
        post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD]).json as Map
    }

    def "a token is verified once and its claims are checked at every use, so it stops at its expiry"() {
        given:
        def verified = tokens()
        String token = signIn().accessToken

        expect:
        verified.authenticate(token, null).get().name == verified.authenticate(token, null).get().name
        verified.size() == 1

        when:
        clock.advance(Duration.ofMinutes(15).plusSeconds(1))

        then:
        verified.authenticate(token, null).isEmpty()
        verified.size() == 0
    }

    def "a tampered copy of a verified token, and text that is no token, are refused and not kept"() {
        given:
        def verified = tokens()
        String token = signIn().accessToken
        verified.authenticate(token, null)
        def parts = token.split('\\.')
        def payload = new String(Base64.urlDecoder.decode(parts[1])).replace('"MEMBER"', '"PARTNERSHIP_ADMIN"')
        String tampered = parts[0] + '.' + Base64.urlEncoder.withoutPadding().encodeToString(payload.bytes) + '.' + parts[2]

        expect:
        verified.authenticate(tampered, null).isEmpty()
        verified.authenticate('not-a-jwt', null).isEmpty()
        verified.authenticate(token, null).isPresent()
        verified.size() == 1
    }

    def "a verified token signed out is refused at its next use, here and through the API"() {
        given:
        def verified = tokens()
        def session = signIn()
        assert verified.authenticate(session.accessToken as String, null).isPresent()
        assert get(client, ApiPaths.ME, session.accessToken as String).status == 200

        when:
        def out = post(client, ApiPaths.SIGN_OUT, [refreshToken: session.refreshToken], session.accessToken as String)

        then:
        out.status == 204
        verified.authenticate(session.accessToken as String, null).isEmpty()
        get(client, ApiPaths.ME, session.accessToken as String).status == 401
    }

    def "at its limit the cache lets the expired tokens go first, and all of them when none has expired"() {
        given:
        def verified = tokens(2)
        String first = signIn().accessToken
        String second = signIn().accessToken
        verified.authenticate(first, null)
        verified.authenticate(second, null)

        when: 'two are held, both expired, and a third comes'
        clock.advance(Duration.ofMinutes(16))
        String third = signIn().accessToken

        then:
        verified.authenticate(third, null).isPresent()
        verified.size() == 1

        when: 'two are held, neither expired, and a third comes'
        String fourth = signIn().accessToken
        String fifth = signIn().accessToken
        verified.authenticate(fourth, null)
        verified.authenticate(fifth, null)

        then: 'the one kept is the newest; the others are verified again at their next use'
        verified.size() == 1
        verified.authenticate(third, null).isPresent()
        verified.size() == 2
    }

    def "the checks run on the blocking executor whenever one would read the database, and where they are asked otherwise"() {
        given:
        def reader = new Reader()
        def verified = tokens(100, [reader])
        String token = signIn().accessToken
        Thread here = Thread.currentThread()

        expect: 'a token seen for the first time is checked off the event loop (the standing of its person is read)'
        verified.wouldRead(token)

        when: 'it is checked once (by Micronaut\'s verifier, which runs the application\'s own validators)'
        def first = Mono.from(verified.validateToken(token, null)).block()

        then:
        first.name != null
        !verified.wouldRead(token)

        when: 'the same token, no check would read'
        reader.ranOn.clear()
        def again = Mono.from(verified.validateToken(token, null)).block()

        then: 'it is answered at once, on the thread that asked'
        again.name == first.name
        reader.ranOn == [here]

        when: 'a check would read (the standing is due again)'
        reader.ranOn.clear()
        reader.reads = true
        def later = Mono.from(verified.validateToken(token, null)).block()

        then:
        later.name == first.name
        reader.ranOn.size() == 1
        reader.ranOn[0] != here
    }

    def "a refused token is refused as well when checked off the event loop"() {
        given:
        def reader = new Reader(reads: true)
        def verified = tokens(100, [reader])
        def session = signIn()
        post(client, ApiPaths.SIGN_OUT, [refreshToken: session.refreshToken], session.accessToken as String)

        expect:
        Mono.from(verified.validateToken(session.accessToken as String, null)).block() == null
        Mono.from(verified.validateToken('not-a-jwt', null)).block() == null
    }
}
