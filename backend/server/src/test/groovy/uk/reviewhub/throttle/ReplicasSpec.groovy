package uk.reviewhub.throttle

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.runtime.server.EmbeddedServer
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.testing.PostgresFixture

import java.sql.Connection

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * Two backend replicas on one database (two servers in this JVM, as the scale-out script runs two
 * processes): what one replica counted or spent holds on the other. Sign-in failures per client
 * address and per email with no account are counted in the database ({@code throttle_failure}), and
 * a refresh token spent on one replica is spent on both.
 */
class ReplicasSpec extends Specification {

    @Shared @AutoCleanup EmbeddedServer one = replica()
    @Shared @AutoCleanup EmbeddedServer two = replica()
    @Shared @AutoCleanup HttpClient a = HttpClient.create(one.URL)
    @Shared @AutoCleanup HttpClient b = HttpClient.create(two.URL)

    static EmbeddedServer replica() {
        Map<String, Object> properties = new LinkedHashMap<>(PostgresFixture.get().properties())
        properties['reviewhub.security.sign-in.address-failure-limit'] = '8'
        properties['reviewhub.security.sign-in.address-window'] = '15m'
        ApplicationContext.run(EmbeddedServer, properties, 'test')
    }

    def setup() {
        // Every spec calls from one address, and the suite shares the database.
        PostgresFixture.get().ownerConnection().withCloseable { Connection c ->
            c.createStatement().execute("delete from throttle_failure where scope = 'sign-in-address'")
        }
    }

    def "failed sign-ins from one address count on every replica: after the limit, both make it wait"() {
        given:
        String email = TestUsers.uniqueEmail('replicated')
        TestUsers.member(TestUsers.user(email: email), TestUsers.partnership('replica-one'), [Roles.MEMBER])

        when: 'four failures on each replica, eight in all'
        def failures = (1..8).collect { i -> post(i % 2 ? a : b, ApiPaths.SIGN_IN, [email: TestUsers.uniqueEmail('probe'), password: 'x']) }

        then:
        failures*.status == [401] * 8
        post(a, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD]).status == 429
        post(b, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD]).status == 429
    }

    def "an email with no account is locked after five failures, wherever each was made"() {
        given:
        String nobody = TestUsers.uniqueEmail('nobody')

        when:
        def answers = (1..6).collect { i -> post(i % 2 ? a : b, ApiPaths.SIGN_IN, [email: nobody, password: 'wrong password']) }

        then: 'as an account is (SignInSpec): five refusals, then wait'
        answers*.status == [401] * 5 + [429]
        post(a, ApiPaths.SIGN_IN, [email: nobody, password: 'wrong password']).status == 429
    }

    def "a refresh token spent on one replica is spent on the other, and presenting it again ends every session"() {
        given:
        String email = TestUsers.uniqueEmail('rotating')
        TestUsers.member(TestUsers.user(email: email), TestUsers.partnership('replica-two'), [Roles.MEMBER])
        def first = post(a, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD]).json

        when: 'rotated on the second replica'
        def rotated = post(b, ApiPaths.REFRESH, [refreshToken: first.refreshToken])

        then:
        rotated.status == 200
        get(a, ApiPaths.ME, rotated.json.accessToken as String).status == 200

        when: 'the spent token is presented again on the first'
        def reused = post(a, ApiPaths.REFRESH, [refreshToken: first.refreshToken])

        then: 'refused, and the pair the second replica issued is revoked too'
        reused.status == 401
        post(b, ApiPaths.REFRESH, [refreshToken: rotated.json.refreshToken]).status == 401
        post(a, ApiPaths.REFRESH, [refreshToken: rotated.json.refreshToken]).status == 401
    }
}
