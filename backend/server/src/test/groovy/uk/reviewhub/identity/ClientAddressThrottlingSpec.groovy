package uk.reviewhub.identity

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.testing.ConfiguredIntegrationSpec
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.time.MovableClock

import java.sql.Connection
import java.time.Duration

import static uk.reviewhub.testing.ApiCalls.post

/** Many emails tried from one address: the address is made to wait, whatever the email. */
class ClientAddressThrottlingSpec extends ConfiguredIntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    @Inject
    MovableClock clock

    @Override
    Map<String, String> getProperties() {
        super.getProperties() + ['reviewhub.security.sign-in.address-failure-limit': '3',
                                 'reviewhub.security.sign-in.address-window'       : '10m']
    }

    def setup() {
        // The throttles count in the database every spec shares, and every spec calls from one address.
        PostgresFixture.get().ownerConnection().withCloseable { Connection c ->
            c.createStatement().execute("delete from throttle_failure where scope = 'sign-in-address'")
        }
    }

    def cleanup() {
        clock.reset()
    }

    def "after the address's failures are used up even a correct sign-in waits, until the window passes"() {
        given:
        String email = TestUsers.uniqueEmail('real')
        TestUsers.member(TestUsers.user(email: email), TestUsers.partnership('address-one'), [Roles.MEMBER])

        when: 'three different unknown emails'
        def failures = (1..3).collect { post(client, ApiPaths.SIGN_IN, [email: TestUsers.uniqueEmail('probe'), password: 'x']) }
        def next = post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD])

        then:
        failures*.status == [401] * 3
        next.status == 429
        next.contentType == 'application/problem+json'
        (next.headers.get('Retry-After') as int) in 1..600

        when:
        clock.advance(Duration.ofMinutes(10).plusSeconds(1))

        then:
        post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD]).status == 200
    }
}
