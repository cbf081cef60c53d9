package uk.reviewhub.identity

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PostgresFixture

import java.time.LocalDate
import java.time.ZoneId

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

class PartnershipSwitchSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    String email
    UUID user
    UUID first
    UUID second
    UUID elsewhere

    def setup() {
        email = TestUsers.uniqueEmail('switcher')
        user = TestUsers.user(email: email)
        first = TestUsers.partnership('switch-one')
        second = TestUsers.partnership('switch-two')
        elsewhere = TestUsers.partnership('switch-three')
        TestUsers.member(user, first, [Roles.MEMBER])
        TestUsers.member(user, second, [Roles.PARTNERSHIP_ADMIN])
    }

    private Map signIn(String slug) {
        post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD, partnership: slug]).json as Map
    }

    def "a person in two partnerships switches to the other: the new token carries it alone and the old session ends"() {
        given:
        def before = signIn('switch-one')

        when:
        def switched = post(client, ApiPaths.SWITCH_PARTNERSHIP, [partnershipId: second, refreshToken: before.refreshToken],
                before.accessToken as String)

        then:
        switched.status == 200
        switched.json.me.partnership.slug == 'switch-two'
        switched.json.me.roles == [Roles.PARTNERSHIP_ADMIN]
        get(client, ApiPaths.ME, switched.json.accessToken as String).json.partnership.id == second.toString()

        and: 'refreshing the new pair stays in the partnership switched to'
        post(client, ApiPaths.REFRESH, [refreshToken: switched.json.refreshToken]).json.me.partnership.slug == 'switch-two'

        and: 'the session left behind is over (its refresh token, presented again, is taken as stolen)'
        get(client, ApiPaths.ME, before.accessToken as String).status == 401
        post(client, ApiPaths.REFRESH, [refreshToken: before.refreshToken]).status == 401
    }

    def "a partnership the person is not in is not found, and the session they are in goes on"() {
        given:
        def before = signIn('switch-one')

        when:
        def refused = post(client, ApiPaths.SWITCH_PARTNERSHIP, [partnershipId: elsewhere, refreshToken: before.refreshToken],
                before.accessToken as String)

        then:
        refused.status == 404
        refused.contentType.startsWith('application/problem+json')
        get(client, ApiPaths.ME, before.accessToken as String).json.partnership.slug == 'switch-one'
        post(client, ApiPaths.REFRESH, [refreshToken: before.refreshToken]).status == 200
    }

    def "a partnership whose role has ended is refused too"() {
        given:
        def before = signIn('switch-one')
        def c = PostgresFixture.get().ownerConnection()
        try {
            def s = c.prepareStatement('update partnership_membership set end_date = ? where user_id = ? and tenant_id = ?')
            s.setObject(1, LocalDate.now(ZoneId.of('Europe/London')).minusDays(1))
            s.setObject(2, user)
            s.setObject(3, second)
            assert s.executeUpdate() == 1
        } finally {
            c.close()
        }

        expect:
        post(client, ApiPaths.SWITCH_PARTNERSHIP, [partnershipId: second, refreshToken: before.refreshToken],
                before.accessToken as String).status == 404
    }

    def "a request without a partnership names the field"() {
        given:
        def before = signIn('switch-one')

        when:
        def refused = post(client, ApiPaths.SWITCH_PARTNERSHIP, [refreshToken: before.refreshToken], before.accessToken as String)

        then:
        refused.status == 400
        refused.body.contains('partnershipId')
    }
}
