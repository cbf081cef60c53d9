package uk.reviewhub.invitation

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.mail.domain.MailMessage
import uk.reviewhub.security.SecretTokens
import uk.reviewhub.testing.ConfiguredIntegrationSpec
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.time.MovableClock

import java.sql.Connection
import java.time.Duration
import java.time.Instant

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

/**
 * Invitations end to end through the API: an admin invites, the link arrives by mail (the
 * development outbox), and its holder accepts; expiry, reuse, resending and revocation of the link;
 * nothing of the link kept in clear; bad input named by field; another partnership sees nothing.
 */
class InvitationsSpec extends ConfiguredIntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    @Inject
    MovableClock clock

    UUID tenant
    String slug
    String admin

    /** The product's limit on links tried per address (the suite's is higher: every spec calls from one address). */
    @Override
    Map<String, String> getProperties() {
        super.getProperties() + ['reviewhub.security.sign-in.address-failure-limit': '30']
    }

    def setup() {
        owner("delete from throttle_failure where scope = 'invitation-link-address'")
        slug = "invite-${UUID.randomUUID().toString().substring(0, 8)}"
        tenant = TestUsers.partnership(slug)
        admin = signedInAdmin(tenant, slug)
    }

    def cleanup() {
        clock.reset()
    }

    private String signedInAdmin(UUID partnership, String partnershipSlug) {
        String email = TestUsers.uniqueEmail('inviting-admin')
        TestUsers.member(TestUsers.user(email: email, name: 'Ines Admin'), partnership, [Roles.PARTNERSHIP_ADMIN])
        post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD, partnership: partnershipSlug]).json.accessToken
    }

    private Map invite(String email, String role = 'MEMBER', Map extra = [:]) {
        def answer = post(client, ApiPaths.INVITATIONS, [email: email, displayName: 'Priya Patel', role: role] + extra, admin)
        assert answer.status == 200: answer.body
        answer.json as Map
    }

    /** The token in the newest invitation mail to {@code email}, read from the partnership's outbox. */
    private String linkTokenFor(String email) {
        def rows = query('select body_text from outbox_message where tenant_id = ? and ? = any(recipients) order by created_at desc limit 1',
                tenant, email)
        def matcher = rows[0].body_text =~ /invitation\?token=([A-Za-z0-9_-]{43})/
        assert matcher.find()
        matcher.group(1)
    }

    private static List<Map> query(String sql, Object... params) {
        Connection c = PostgresFixture.get().ownerConnection()
        try {
            def statement = c.prepareStatement(sql)
            params.eachWithIndex { p, i -> statement.setObject(i + 1, p) }
            def rows = statement.executeQuery()
            def meta = rows.metaData
            List<Map> result = []
            while (rows.next()) {
                result << (1..meta.columnCount).collectEntries { [(meta.getColumnLabel(it)): rows.getObject(it)] }
            }
            result
        } finally {
            c.close()
        }
    }

    def "a new person accepts with a password of their own and lands in the partnership with the role"() {
        given:
        String email = TestUsers.uniqueEmail('invitee')
        def invitation = invite(email, 'BUSINESS_SUPPORT')
        String token = linkTokenFor(email)

        expect: 'the invitation is pending for 7 days'
        invitation.status == 'PENDING'
        def stored = query('select sent_at, expires_at from invitation where tenant_id = ? and id = ?', tenant,
                UUID.fromString(invitation.id as String))[0]
        Duration.between(stored.sent_at.toInstant(), stored.expires_at.toInstant()) == Duration.ofDays(7)

        when:
        def preview = post(client, ApiPaths.INVITATION_LINK, [token: token])

        then:
        preview.status == 200
        preview.json.email == email
        preview.json.role == 'BUSINESS_SUPPORT'
        preview.json.accountExists == false
        preview.json.seat == null

        when:
        def accepted = post(client, ApiPaths.INVITATION_ACCEPT, [token: token, password: 'kestrel harbour violin'])

        then:
        accepted.status == 200
        accepted.json.accountCreated == true
        accepted.json.session.me.partnership.id == tenant.toString()
        accepted.json.session.me.roles == ['BUSINESS_SUPPORT']
        get(client, ApiPaths.ME, accepted.json.session.accessToken as String).status == 200

        and: 'the person signs in with their password afterwards'
        post(client, ApiPaths.SIGN_IN, [email: email, password: 'kestrel harbour violin']).json.me.partnership.slug == slug

        and: 'the admins see it accepted, and the roles history records it'
        get(client, ApiPaths.INVITATIONS, admin).json.find { it.id == invitation.id }.status == 'ACCEPTED'
        query("select action, reason from membership_change where tenant_id = ? and subject = 'ROLE' and reason = 'Invitation accepted'",
                tenant).size() == 1

        when: 'the link is used again'
        def again = post(client, ApiPaths.INVITATION_ACCEPT, [token: token, password: 'kestrel harbour violin'])

        then:
        again.status == 422
        again.json.detail.contains('already been accepted')
    }

    def "a person who already has an account gets the role added and signs in as usual"() {
        given:
        String email = TestUsers.uniqueEmail('existing')
        UUID user = TestUsers.user(email: email, name: 'Existing Person')
        TestUsers.member(user, TestUsers.partnership('invite-elsewhere'), [Roles.CHAIR])
        invite(email, 'MEMBER')
        String token = linkTokenFor(email)

        and: 'they are signed in elsewhere, so their standing is known (and cached)'
        def elsewhere = post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD]).json.accessToken as String
        assert get(client, ApiPaths.ME, elsewhere).status == 200

        expect:
        post(client, ApiPaths.INVITATION_LINK, [token: token]).json.accountExists == true

        when: 'no password is needed'
        def accepted = post(client, ApiPaths.INVITATION_ACCEPT, [token: token])

        then:
        accepted.status == 200
        accepted.json.accountCreated == false
        accepted.json.session == null

        and: 'their own password signs them in to the partnership they were invited to'
        def signedIn = post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD, partnership: slug])
        signedIn.status == 200
        signedIn.json.me.roles == ['MEMBER']
        signedIn.json.me.partnerships.size() == 2

        and: 'the new role counts at once'
        get(client, ApiPaths.INVITATIONS, signedIn.json.accessToken as String).status == 403
        get(client, ApiPaths.ME, signedIn.json.accessToken as String).json.partnership.slug == slug
    }

    def "a link expires after 7 days; a resend gives a new link and the old one no longer works"() {
        given:
        String email = TestUsers.uniqueEmail('late')
        def invitation = invite(email)
        String first = linkTokenFor(email)

        when: 'a week and a minute later (the admin signs in again: their token has long expired)'
        clock.advance(Duration.ofDays(7).plusMinutes(1))
        admin = signedInAdmin(tenant, slug)

        then:
        post(client, ApiPaths.INVITATION_LINK, [token: first]).status == 422
        post(client, ApiPaths.INVITATION_ACCEPT, [token: first, password: 'kestrel harbour violin']).json.detail.contains('expired')
        get(client, ApiPaths.INVITATIONS, admin).json.find { it.id == invitation.id }.status == 'EXPIRED'

        when:
        def resent = post(client, ApiPaths.INVITATION_RESEND.replace('{invitationId}', invitation.id as String), [:], admin)
        String second = linkTokenFor(email)

        then:
        resent.status == 200
        resent.json.timesSent == 2
        resent.json.status == 'PENDING'
        second != first
        post(client, ApiPaths.INVITATION_LINK, [token: first]).status == 404
        post(client, ApiPaths.INVITATION_ACCEPT, [token: second, password: 'kestrel harbour violin']).status == 200
    }

    def "a revoked invitation's link no longer works, and it cannot be resent"() {
        given:
        String email = TestUsers.uniqueEmail('revoked')
        def invitation = invite(email)
        String token = linkTokenFor(email)
        String path = ApiPaths.INVITATION_REVOKE.replace('{invitationId}', invitation.id as String)

        when:
        def revoked = post(client, path, [:], admin)

        then:
        revoked.status == 200
        revoked.json.status == 'REVOKED'
        post(client, ApiPaths.INVITATION_ACCEPT, [token: token, password: 'kestrel harbour violin']).status == 422
        post(client, ApiPaths.INVITATION_RESEND.replace('{invitationId}', invitation.id as String), [:], admin).status == 422
        post(client, path, [:], admin).status == 422
    }

    def "the link is kept only as its hash: the invitation row holds no token, and the hash is the token's SHA-256"() {
        given:
        String email = TestUsers.uniqueEmail('hashed')
        def invitation = invite(email)
        String token = linkTokenFor(email)

        when:
        def row = query('select * from invitation where tenant_id = ? and id = ?', tenant, UUID.fromString(invitation.id))[0]

        then:
        row.token_hash == SecretTokens.sha256(token)
        row.values().every { !(it?.toString()?.contains(token)) }
        !get(client, ApiPaths.INVITATIONS, admin).body.contains(token)
    }

    def "a message sent by SMTP is kept without its link"() {
        given:
        def message = new MailMessage(['a@example.org'], 'Invitation', 'Open https://x/invitation?token=abc to accept.', null, null,
                ['https://x/invitation?token=abc'])

        expect:
        message.text().contains('token=abc')
        !message.textWithoutSecrets().contains('token=abc')
        message.textWithoutSecrets().contains(MailMessage.WITHHELD)
    }

    def "a weak password is refused at its field and the invitation stays open, with no account made"() {
        given:
        String email = TestUsers.uniqueEmail('weak')
        invite(email)
        String token = linkTokenFor(email)

        when:
        def refused = post(client, ApiPaths.INVITATION_ACCEPT, [token: token, password: 'password'])

        then:
        refused.status == 400
        refused.json.errors*.field == ['password']
        query('select id from app_user where email = ?', email).empty
        post(client, ApiPaths.INVITATION_LINK, [token: token]).status == 200
    }

    def "bad input is refused naming the field: #what"() {
        when:
        def refused = post(client, ApiPaths.INVITATIONS, body, admin)

        then:
        refused.status == 400
        refused.contentType.startsWith('application/problem+json')
        refused.json.errors*.field.contains(field)

        where:
        what                    | body                                                                        | field
        'an email of 400 chars' | [email: 'a' * 388 + '@example.org', displayName: 'Priya', role: 'MEMBER']   | 'email'
        'not an email'          | [email: 'not-an-email', displayName: 'Priya', role: 'MEMBER']              | 'email'
        'an unknown role'       | [email: 'p@example.org', displayName: 'Priya', role: 'OVERLORD']           | 'role'
        'a name of spaces only' | [email: 'p@example.org', displayName: '   ', role: 'MEMBER']               | 'displayName'
        'an unknown seat'       | [email: 'p@example.org', displayName: 'Priya', role: 'MEMBER',
                                   groupMemberId: UUID.randomUUID().toString()]                              | 'groupMemberId'
    }

    def "inviting a person twice, or one who holds a role already, is a conflict"() {
        given:
        String email = TestUsers.uniqueEmail('twice')
        invite(email)
        String member = TestUsers.uniqueEmail('member')
        TestUsers.member(TestUsers.user(email: member), tenant, [Roles.MEMBER])

        expect:
        post(client, ApiPaths.INVITATIONS, [email: email, displayName: 'Priya', role: 'CHAIR'], admin).status == 409
        post(client, ApiPaths.INVITATIONS, [email: member, displayName: 'Priya', role: 'CHAIR'], admin).status == 409
    }

    def "an invitation with a seat links the person to the seat when they accept"() {
        given: 'a seat with nobody linked'
        UUID agency = UUID.randomUUID()
        UUID group = UUID.randomUUID()
        UUID seat = UUID.randomUUID()
        owner("insert into agency (tenant_id, id, code, name, kind) values ('$tenant', '$agency', 'police', 'Police', 'POLICE')")
        owner("insert into review_group (tenant_id, id, code, name) values ('$tenant', '$group', 'sprg', 'Practice Review Group')")
        owner("""insert into group_member (tenant_id, id, group_id, agency_id, position_title, group_role, membership_kind)
                 values ('$tenant', '$seat', '$group', '$agency', 'Detective Inspector', 'MEMBER', 'STANDING')""")
        String email = TestUsers.uniqueEmail('seated')

        when:
        def invitation = invite(email, 'MEMBER', [groupMemberId: seat.toString()])
        def preview = post(client, ApiPaths.INVITATION_LINK, [token: linkTokenFor(email)])
        def accepted = post(client, ApiPaths.INVITATION_ACCEPT, [token: linkTokenFor(email), password: 'kestrel harbour violin'])

        then: 'the link tells its holder the seat before they accept'
        invitation.seat == 'Detective Inspector'
        preview.json.seat == 'Detective Inspector'
        accepted.status == 200
        query('select user_id from group_member where tenant_id = ? and id = ?', tenant, seat)[0].user_id ==
                UUID.fromString(accepted.json.session.me.userId as String)
    }

    def "another partnership's admin sees none of the invitations and cannot resend or revoke them"() {
        given:
        def invitation = invite(TestUsers.uniqueEmail('private'))
        String otherSlug = "invite-other-${UUID.randomUUID().toString().substring(0, 8)}"
        String otherAdmin = signedInAdmin(TestUsers.partnership(otherSlug), otherSlug)

        expect:
        get(client, ApiPaths.INVITATIONS, otherAdmin).json.every { it.id != invitation.id }
        post(client, ApiPaths.INVITATION_RESEND.replace('{invitationId}', invitation.id as String), [:], otherAdmin).status == 404
        post(client, ApiPaths.INVITATION_REVOKE.replace('{invitationId}', invitation.id as String), [:], otherAdmin).status == 404
    }

    def "a suspended partnership's invitation leads nowhere and writes nothing; reactivated, it works again"() {
        given:
        String email = TestUsers.uniqueEmail('suspended-invitee')
        invite(email, 'MEMBER')
        String token = linkTokenFor(email)
        owner("update partnership set status = 'SUSPENDED', status_reason = 'Contract paused', status_changed_at = now() where tenant_id = '$tenant'")

        when:
        def preview = post(client, ApiPaths.INVITATION_LINK, [token: token])
        def accepted = post(client, ApiPaths.INVITATION_ACCEPT, [token: token, password: 'kestrel harbour violin'])

        then: 'not found, as a link that matches nothing, and no account made'
        preview.status == 404
        accepted.status == 404
        query('select id from app_user where email = ?', email).empty

        when:
        owner("update partnership set status = 'ACTIVE', status_reason = null, status_changed_at = now() where tenant_id = '$tenant'")

        then:
        post(client, ApiPaths.INVITATION_LINK, [token: token]).status == 200
    }

    def "a link that matches nothing is not found, says nothing more, and too many from one address must wait"() {
        given: 'a day ago, so the misses are out of the window once the clock is back (other specs use links too)'
        clock.advance(Duration.ofDays(-1))

        when:
        def answers = (1..35).collect { post(client, ApiPaths.INVITATION_LINK, [token: SecretTokens.newToken()]) }

        then:
        answers.first().status == 404
        answers.first().contentType.startsWith('application/problem+json')
        answers.last().status == 429
    }

    private static void owner(String sql) {
        Connection c = PostgresFixture.get().ownerConnection()
        try {
            c.createStatement().execute(sql)
        } finally {
            c.close()
        }
    }
}
