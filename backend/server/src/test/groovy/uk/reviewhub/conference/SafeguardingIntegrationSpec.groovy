package uk.reviewhub.conference

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PostgresFixture

import java.time.LocalDate
import java.time.ZoneId

import static uk.reviewhub.api.conference.SafeguardingPaths.CHILDREN
import static uk.reviewhub.api.conference.SafeguardingPaths.CHILD_ALLOCATIONS

/**
 * What the specs of the tri-borough's safeguarding service share (issue 9): its demo people signed
 * in (two Safeguarding and Reviewing Chairs, the service manager, business support, the admin) and
 * Salford's chair, calls, owner-side reads (a user's id, a table's rows), and a child of the service
 * made through the API, allocated to a chair.
 */
abstract class SafeguardingIntegrationSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens

    @Inject
    @Client('/')
    HttpClient client

    @Shared DemoTokens demo
    @Shared LocalDate today = LocalDate.now(ZoneId.of('Europe/London'))

    String chair, chair2, manager, support, admin, salford

    def setup() {
        demo = demo ?: new DemoTokens(accessTokens)
        chair = demo.token('chair@tri-borough.demo')
        chair2 = demo.token('chair2@tri-borough.demo')
        manager = demo.token('manager@tri-borough.demo')
        support = demo.token('support@tri-borough.demo')
        admin = demo.token('admin@tri-borough.demo')
        salford = demo.token('chair@salford.demo')
    }

    ApiCalls.Answer get(String path, String token) { ApiCalls.get(client, path, token) }

    ApiCalls.Answer post(String path, Object body, String token) { ApiCalls.post(client, path, body, token) }

    ApiCalls.Answer put(String path, Object body, String token) { ApiCalls.send(client, HttpRequest.PUT(path, body), token) }

    static String at(String template, Map ids) {
        ids.inject(template) { String p, k, v -> p.replace("{$k}", v.toString()) }
    }

    /** A case-system reference no other spec uses. */
    static String reference() {
        'LCS' + UUID.randomUUID().toString().replace('-', '').substring(0, 10).toUpperCase()
    }

    /** {@code work} on a connection as the owner (no tenant bound), closed after. */
    static <T> T owner(Closure<T> work) {
        def c = PostgresFixture.get().ownerConnection()
        try {
            work(c)
        } finally {
            c.close()
        }
    }

    UUID userId(String email) {
        owner { c ->
            def s = c.prepareStatement('select id from app_user where email = cast(? as citext)')
            s.setString(1, email)
            def r = s.executeQuery()
            assert r.next()
            r.getObject(1, UUID)
        }
    }

    int rows(String table) {
        PostgresFixture.get().countRows(table)
    }

    /** A child of the service, recorded by the manager. */
    Map newChild(Map extra = [:]) {
        def answer = post(CHILDREN, [caseReference: reference(), initials: 'AB', bornOn: today.minusYears(6).toString(),
                                     borough: 'Westminster'] + extra, manager)
        assert answer.status == 201: answer.body
        answer.json as Map
    }

    /** A child of the service allocated by the manager to {@code chairEmail}. */
    Map allocated(String chairEmail = 'chair@tri-borough.demo', Map extra = [:]) {
        Map child = newChild(extra)
        def answer = post(at(CHILD_ALLOCATIONS, [childId: child.id]), [chairId: userId(chairEmail)], manager)
        assert answer.status == 200: answer.body
        child
    }
}
