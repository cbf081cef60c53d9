package uk.reviewhub.access

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.partnership.domain.PackLoader
import uk.reviewhub.security.AccessTokens
import uk.reviewhub.testing.ApiCalls
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PackWorld
import uk.reviewhub.testing.PostgresFixture

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * Access ends with a person's last partnership role: partnership admins end and date roles (with
 * history); the person's earlier access token, their refresh token and a fresh sign-in are all
 * refused, across cases, the CAP, meetings, minutes and actions. Signing out ends the access
 * token it was made with.
 */
class AccessEndsSpec extends IntegrationSpec {

    @Inject AccessTokens accessTokens
    @Inject PackLoader loader

    @Inject
    @Client('/')
    HttpClient client

    @Shared PackWorld world
    @Shared String meetingId

    def setup() {
        if (world != null) {
            return
        }
        world = new PackWorld(loader, accessTokens, [:])
                .person('admin', 'PARTNERSHIP_ADMIN')
                .person('support', 'BUSINESS_SUPPORT', 'A', 'Senior Business Support Officer')
        meetingId = post(client, "/api/groups/${world.groups.A}/meetings", [title: 'Rapid review',
                scheduledStart: '2026-12-10T10:00', reason: 'Serious incident notified'], world.tokens.support).json.id
        assert meetingId
    }

    /** A person who can sign in with {@link TestUsers#PASSWORD}: their email. */
    String signingInPerson(String key, String role, String seat = null) {
        world.person(key, role, seat ? 'A' : null, seat)
        def c = PostgresFixture.get().ownerConnection()
        try {
            def s = c.prepareStatement('update app_user set password_hash = ? where id = ? returning email')
            s.setString(1, TestUsers.hash(TestUsers.PASSWORD))
            s.setObject(2, world.users[key])
            def rows = s.executeQuery()
            rows.next()
            rows.getString(1)
        } finally {
            c.close()
        }
    }

    ApiCalls.Answer signIn(String email) {
        post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD])
    }

    /** What the person reads and does, by name: the status of each. */
    Map<String, Integer> statuses(String token) {
        [cases   : get(client, ApiPaths.CASES, token).status,
         cap     : get(client, ApiPaths.CAP, token).status,
         meeting : get(client, "/api/meetings/$meetingId", token).status,
         minutes : get(client, "/api/meetings/$meetingId/minutes", token).status,
         agenda  : get(client, "/api/meetings/$meetingId/agenda", token).status,
         action  : ApiCalls.send(client, HttpRequest.PUT("/api/actions/${UUID.randomUUID()}", [agencyId: UUID.randomUUID().toString(),
                 owner: 'o', description: 'd', dueOn: '2027-01-01', version: 0]), token).status,
         me      : get(client, ApiPaths.ME, token).status]
    }

    Map roleOf(String key) {
        get(client, ApiPaths.PARTNERSHIP_ROLES, world.tokens.admin).json.find { it.userId == world.users[key].toString() }
    }

    def "when an admin ends a member's last role, their token, refresh token and a new sign-in are all refused"() {
        given: 'a member signed in, who reads cases, the CAP, meetings, minutes and acts on actions'
        String email = signingInPerson('leaver', 'MEMBER', 'Senior Lead, CAMHS')
        def session = signIn(email).json
        Map<String, Integer> before = statuses(session.accessToken)

        expect: 'nothing is refused as unauthenticated while the role holds'
        before.every { it.value != 401 }
        before.cases == 200
        before.cap == 200
        before.meeting == 200

        when: 'the admin ends the role now, with a reason'
        def role = roleOf('leaver')
        def ended = post(client, ApiPaths.PARTNERSHIP_ROLE_END.replace('{roleId}', role.id),
                [reason: 'Left the CAMHS post', version: role.version], world.tokens.admin)

        then: 'the role is a former one, ending yesterday'
        ended.status == 200
        ended.json.current == false
        ended.json.endReason == 'Left the CAMHS post'
        ended.json.version == role.version + 1

        and: 'the old access token is refused everywhere'
        statuses(session.accessToken).every { it.value == 401 }

        and: 'the refresh token is revoked and refused, and signing in again is refused'
        TestUsers.refreshTokens(world.users.leaver).live == 0
        post(client, ApiPaths.REFRESH, [refreshToken: session.refreshToken]).status == 401
        signIn(email).status == 401

        and: 'the history says who ended it, when and why'
        def history = get(client, ApiPaths.PARTNERSHIP_ROLE_HISTORY.replace('{roleId}', role.id), world.tokens.admin).json
        history*.action == ['ENDED']
        history[0].subject == 'ROLE'
        history[0].reason == 'Left the CAMHS post'
        history[0].changedBy == world.users.admin.toString()
        history[0].changes.find { it.field == 'endDate' }.before == null

        when: 'the admin gives the role back (no end)'
        def current = roleOf('leaver')
        def back = ApiCalls.send(client, HttpRequest.PUT(ApiPaths.PARTNERSHIP_ROLE.replace('{roleId}', role.id),
                [roles: ['MEMBER'], reason: 'Returned', version: current.version]), world.tokens.admin)

        then: 'they sign in again'
        back.status == 200
        back.json.current
        signIn(email).status == 200
    }

    def "a role dated to end later holds until then; one dated to start later does not hold yet"() {
        given:
        String email = signingInPerson('dated', 'MEMBER')
        def role = roleOf('dated')
        String today = java.time.LocalDate.now(java.time.ZoneId.of('Europe/London')).toString()
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of('Europe/London')).plusDays(1).toString()

        when: 'it ends today (the last day is included)'
        def endsToday = ApiCalls.send(client, HttpRequest.PUT(ApiPaths.PARTNERSHIP_ROLE.replace('{roleId}', role.id),
                [roles: ['MEMBER'], endDate: today, reason: 'Contract ends', version: role.version]), world.tokens.admin)

        then:
        endsToday.json.current
        signIn(email).status == 200

        when: 'it starts tomorrow'
        def later = ApiCalls.send(client, HttpRequest.PUT(ApiPaths.PARTNERSHIP_ROLE.replace('{roleId}', role.id),
                [roles: ['MEMBER'], startDate: tomorrow, version: endsToday.json.version]), world.tokens.admin)

        then:
        later.status == 200
        !later.json.current
        signIn(email).status == 401
    }

    def "a token claiming a role the person no longer holds is refused; the new role's sign-in works"() {
        given: 'a chair signed in'
        String email = signingInPerson('demoted', 'CHAIR')
        def session = signIn(email).json
        def role = roleOf('demoted')

        expect:
        get(client, ApiPaths.CASES, session.accessToken).status == 200

        when: 'the admin makes them a member instead'
        def changed = ApiCalls.send(client, HttpRequest.PUT(ApiPaths.PARTNERSHIP_ROLE.replace('{roleId}', role.id),
                [roles: ['MEMBER'], reason: 'Stood down as chair', version: role.version]), world.tokens.admin)

        then: 'the chair token is refused; a new sign-in carries MEMBER'
        changed.status == 200
        get(client, ApiPaths.CASES, session.accessToken).status == 401
        def again = signIn(email).json
        again.me.roles == ['MEMBER']
        get(client, ApiPaths.CASES, again.accessToken).status == 200
    }

    def "signing out ends that session's access token, not another session's"() {
        given:
        String email = signingInPerson('careful', 'MEMBER')
        def first = signIn(email).json
        def second = signIn(email).json

        when:
        def out = post(client, ApiPaths.SIGN_OUT, [refreshToken: first.refreshToken], first.accessToken)

        then:
        out.status == 204
        get(client, ApiPaths.CASES, first.accessToken).status == 401
        get(client, ApiPaths.CASES, second.accessToken).status == 200
        post(client, ApiPaths.REFRESH, [refreshToken: first.refreshToken]).status == 401
    }

    def "only partnership admins manage roles; bad roles, dates and stale versions are problems"() {
        given:
        signingInPerson('subject', 'MEMBER')
        def role = roleOf('subject')
        String path = ApiPaths.PARTNERSHIP_ROLE.replace('{roleId}', role.id)

        expect:
        get(client, ApiPaths.PARTNERSHIP_ROLES, world.tokens.support).status == 403
        post(client, ApiPaths.PARTNERSHIP_ROLE_END.replace('{roleId}', role.id), [reason: 'x', version: role.version],
                world.tokens.support).status == 403
        def bad = ApiCalls.send(client, HttpRequest.PUT(path, [roles: ['KING'], version: role.version]), world.tokens.admin)
        bad.status == 400
        bad.json.detail.contains("'KING' is not a partnership role")
        ApiCalls.send(client, HttpRequest.PUT(path, [roles: ['MEMBER'], startDate: '2026-05-01', endDate: '2026-04-01',
                version: role.version]), world.tokens.admin).status == 400
        ApiCalls.send(client, HttpRequest.PUT(path, [roles: ['MEMBER'], version: role.version + 7]), world.tokens.admin).status == 409
        get(client, ApiPaths.PARTNERSHIP_ROLE_HISTORY.replace('{roleId}', UUID.randomUUID().toString()), world.tokens.admin).status == 404
        roleOf('subject').version == role.version
    }
}
