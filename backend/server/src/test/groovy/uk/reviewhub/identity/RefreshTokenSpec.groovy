package uk.reviewhub.identity

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.time.MovableClock

import java.time.Duration

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

class RefreshTokenSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    @Inject
    MovableClock clock

    String email
    UUID user

    def setup() {
        email = TestUsers.uniqueEmail('refresher')
        user = TestUsers.user(email: email)
        TestUsers.member(user, TestUsers.partnership('refresh-one'), [Roles.MEMBER])
    }

    def cleanup() {
        clock.reset()
    }

    private Map signIn() {
        post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD]).json as Map
    }

    def "a refresh token is exchanged once for a new pair"() {
        given:
        def first = signIn()

        when:
        def refreshed = post(client, ApiPaths.REFRESH, [refreshToken: first.refreshToken])

        then:
        refreshed.status == 200
        refreshed.json.refreshToken != first.refreshToken
        refreshed.json.accessToken != first.accessToken
        refreshed.json.me.partnership.slug == 'refresh-one'
        get(client, ApiPaths.ME, refreshed.json.accessToken as String).status == 200
        TestUsers.refreshTokens(user) == [revoked: 1, live: 1]
    }

    def "presenting a used refresh token again ends every session of its user"() {
        given:
        def first = signIn()
        def second = post(client, ApiPaths.REFRESH, [refreshToken: first.refreshToken]).json
        def otherDevice = signIn()

        when: 'the old token comes back (someone copied it)'
        def reuse = post(client, ApiPaths.REFRESH, [refreshToken: first.refreshToken])

        then:
        reuse.status == 401
        reuse.contentType == 'application/problem+json'
        TestUsers.refreshTokens(user).live == 0

        and: 'the legitimate newer tokens are dead too'
        post(client, ApiPaths.REFRESH, [refreshToken: second.refreshToken]).status == 401
        post(client, ApiPaths.REFRESH, [refreshToken: otherDevice.refreshToken]).status == 401
    }

    def "signing out revokes the refresh token"() {
        given:
        def session = signIn()

        when:
        def signOut = post(client, ApiPaths.SIGN_OUT, [refreshToken: session.refreshToken], session.accessToken as String)

        then:
        signOut.status == 204
        post(client, ApiPaths.REFRESH, [refreshToken: session.refreshToken]).status == 401
    }

    def "signing out needs an access token"() {
        given:
        def session = signIn()

        expect:
        post(client, ApiPaths.SIGN_OUT, [refreshToken: session.refreshToken]).status == 401
        post(client, ApiPaths.REFRESH, [refreshToken: session.refreshToken]).status == 200
    }

    def "a refresh token expires"() {
        given:
        def session = signIn()

        when:
        clock.advance(Duration.ofHours(12).plusSeconds(1))

        then:
        post(client, ApiPaths.REFRESH, [refreshToken: session.refreshToken]).status == 401
    }

    def "an unknown refresh token is refused"() {
        expect:
        post(client, ApiPaths.REFRESH, [refreshToken: 'made-up']).status == 401
    }
}
