package uk.reviewhub.security

import com.nimbusds.jwt.JWT
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.time.MovableClock

import java.time.Duration

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

    VerifiedTokens tokens(int limit = 100) {
        new VerifiedTokens(verifier, authentications, context.getBeansOfType(GenericJwtClaimsValidator) as List, expiry, limit)
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
}
