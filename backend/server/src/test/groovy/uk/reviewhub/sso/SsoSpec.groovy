package uk.reviewhub.sso

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import no.nav.security.mock.oauth2.MockOAuth2Server
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback
import spock.lang.Shared
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.testing.ConfiguredIntegrationSpec
import uk.reviewhub.testing.OpenIdProviderFixture
import uk.reviewhub.testing.PostgresFixture

import java.net.http.HttpResponse
import java.nio.charset.StandardCharsets
import java.sql.Connection

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post
import static uk.reviewhub.testing.ApiCalls.send

/**
 * Single sign-on per partnership against a real OpenID Connect provider running in-process
 * (mock-oauth2-server: metadata, authorize, token and JWKS endpoints, signed ID tokens). Each
 * partnership's issuer is {@code <provider>/<its Entra tenant id>/v2.0}, as Entra's are.
 */
class SsoSpec extends ConfiguredIntegrationSpec {

    static final MockOAuth2Server PROVIDER = OpenIdProviderFixture.provider()

    @Override
    Map<String, String> getProperties() {
        super.getProperties() + ['reviewhub.sso.authority': OpenIdProviderFixture.authority()]
    }

    @Inject
    @Client('/')
    HttpClient client


    String slug
    UUID tenant
    String domain
    String adminEmail
    String admin
    String entraTenant = UUID.randomUUID().toString()
    String clientId = UUID.randomUUID().toString()
    static final String SECRET = 'Qx8~client-secret-from-entra-42'

    def setup() {
        String suffix = UUID.randomUUID().toString().substring(0, 8)
        slug = "sso-${suffix}".toString()
        tenant = TestUsers.partnership(slug)
        domain = "sso-${suffix}.gov.uk".toString()
        adminEmail = "ada.admin@${domain}".toString()
        TestUsers.member(TestUsers.user(email: adminEmail, name: 'Ada Admin'), tenant, [Roles.PARTNERSHIP_ADMIN])
        admin = post(client, ApiPaths.SIGN_IN, [email: adminEmail, password: TestUsers.PASSWORD, partnership: slug]).json.accessToken
    }

    private Map save(Map settings, String bearer = admin) {
        def answer = send(client, HttpRequest.PUT(ApiPaths.SSO_SETTINGS, settings), bearer)
        [status: answer.status, json: answer.json, body: answer.body]
    }

    private Map configured(Map extra = [:]) {
        def answer = save([entraTenantId: entraTenant, clientId: clientId, clientSecret: SECRET, allowedDomains: [domain],
                           passwordSignIn: true] + extra)
        assert answer.status == 200: answer.body
        answer.json as Map
    }

    /** Starts a sign-in and answers the authorization URL's query. */
    private Map<String, String> start(String email) {
        def started = post(client, ApiPaths.SSO_START, [email: email])
        assert started.status == 200: started.body
        String url = started.json.authorizationUrl
        [url: url] + query(URI.create(url))
    }

    private static Map<String, String> query(URI uri) {
        OpenIdProviderFixture.query(uri)
    }

    /** The browser's visit to the provider, which sends it back with a code. */
    private Map<String, String> visitProvider(String url) {
        URI location = OpenIdProviderFixture.visit(url)
        assert location.toString().startsWith('http://localhost:8080/sso/callback?')
        query(location)
    }

    /** The provider will issue its next token for this identity. */
    private void providerSays(String email, Map claims = [:], String issuerTenant = entraTenant, List<String> audience = [clientId]) {
        OpenIdProviderFixture.providerSays(email, issuerTenant, clientId, claims, audience)
    }

    private Map signInThroughProvider(String email) {
        def attempt = start(email)
        providerSays(email)
        def back = visitProvider(attempt.url)
        assert back.state == attempt.state
        def finished = post(client, ApiPaths.SSO_FINISH, [state: back.state, code: back.code])
        [status: finished.status, json: finished.json, body: finished.body, state: back.state, code: back.code]
    }

    def "an admin sets up single sign-on; the sign-in page then offers the organisation for the domain only"() {
        when:
        def settings = configured()

        then:
        settings.configured
        settings.entraTenantId == entraTenant
        settings.allowedDomains == [domain]
        settings.clientSecretSet
        !settings.containsKey('clientSecret')
        settings.redirectUri == 'http://localhost:8080/sso/callback'
        get(client, ApiPaths.SSO_SETTINGS, admin).json.version == 0

        and: 'the way to sign in is answered from the domain alone, known email or not'
        post(client, ApiPaths.SIGN_IN_METHOD, [email: adminEmail]).json.method == 'ORGANISATION'
        post(client, ApiPaths.SIGN_IN_METHOD, [email: adminEmail]).json.passwordSignIn == true
        post(client, ApiPaths.SIGN_IN_METHOD, [email: "nobody-known@${domain.toUpperCase()}".toString()]).json.method == 'ORGANISATION'
        post(client, ApiPaths.SIGN_IN_METHOD, [email: 'someone@example.org']).json.method == 'PASSWORD'
        post(client, ApiPaths.SIGN_IN_METHOD, [email: 'no-at-sign']).json.method == 'PASSWORD'
    }

    def "the client secret is stored sealed, never in clear, and never answered"() {
        when:
        def saved = save([entraTenantId: entraTenant, clientId: clientId, clientSecret: SECRET, allowedDomains: [domain], passwordSignIn: true])

        then:
        saved.status == 200
        !saved.body.contains(SECRET)
        !get(client, ApiPaths.SSO_SETTINGS, admin).body.contains(SECRET)

        when: 'the row is read as its owner'
        byte[] sealed = row('select client_secret_sealed from sso_setting where tenant_id = ?', tenant).client_secret_sealed as byte[]

        then:
        sealed.length == 12 + SECRET.getBytes(StandardCharsets.UTF_8).length + 16
        !new String(sealed, StandardCharsets.ISO_8859_1).contains(SECRET)
        !new String(sealed, StandardCharsets.ISO_8859_1).contains(SECRET.substring(0, 8))

        and: 'the change is in the audit log, by the admin, saying the secret changed but not what it is'
        def audited = row("select action, user_id, detail::text as detail from audit_event where tenant_id = ? and entity = 'sso-settings' order by occurred_at desc limit 1", tenant)
        audited.action in ['CREATE', 'UPDATE']
        audited.user_id != null
        audited.detail.contains('"clientSecretChanged": true')
        audited.detail.contains(domain)
        !audited.detail.contains(SECRET)
    }

    def "a person signs in through the partnership's provider and lands in that partnership"() {
        given:
        configured()

        when:
        def attempt = start(adminEmail)

        then: 'authorization code flow with state, nonce and PKCE (S256)'
        attempt.url.startsWith("${PROVIDER.issuerUrl("${entraTenant}/v2.0")}/authorize?")
        attempt.client_id == clientId
        attempt.response_type == 'code'
        attempt.redirect_uri == 'http://localhost:8080/sso/callback'
        attempt.state.length() == 43
        attempt.nonce.length() == 43
        attempt.code_challenge_method == 'S256'
        attempt.code_challenge.length() == 43
        attempt.login_hint == adminEmail
        and: 'only the state\'s hash is kept'
        row('select count(*) as n from sso_attempt where tenant_id = ? and used_at is null', tenant).n == 1

        when:
        providerSays(adminEmail)
        def back = visitProvider(attempt.url)
        def finished = post(client, ApiPaths.SSO_FINISH, [state: back.state, code: back.code])

        then:
        finished.status == 200
        finished.json.me.partnership.slug == slug
        finished.json.me.email == adminEmail
        get(client, ApiPaths.ME, finished.json.accessToken as String).status == 200

        when: 'the same state again'
        def replayed = post(client, ApiPaths.SSO_FINISH, [state: back.state, code: back.code])

        then:
        replayed.status == 422
        replayed.json.detail.contains('already been used')

        and: 'a state Review Hub never issued'
        post(client, ApiPaths.SSO_FINISH, [state: 'x' * 43, code: back.code]).status == 404
    }

    def "an ID token that fails a check is refused: #why"() {
        given:
        configured()
        def attempt = start(adminEmail)
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("${entraTenant}/v2.0".toString(), 'subject-x', 'JWT',
                [audience == 'right' ? clientId : UUID.randomUUID().toString()],
                [tid: tid == 'right' ? entraTenant : UUID.randomUUID().toString(), email: adminEmail], expiry))
        String url = nonce == 'right' ? attempt.url : attempt.url.replace("nonce=${attempt.nonce}", 'nonce=chosen-by-the-browser')
        def back = visitProvider(url)

        when:
        def finished = post(client, ApiPaths.SSO_FINISH, [state: back.state, code: back.code])

        then:
        finished.status == 401
        !finished.body.contains('accessToken')

        where:
        why                                          | tid     | audience | nonce   | expiry
        "another Entra tenant's (tid)"               | 'wrong' | 'right'  | 'right' | 3600
        'a nonce the browser changed'                | 'right' | 'right'  | 'wrong' | 3600
        'expired'                                    | 'right' | 'right'  | 'right' | -600
    }

    @Inject
    uk.reviewhub.sso.domain.OpenIdProvider openIdProvider

    def "an ID token is verified against this partnership's provider: #why is refused"() {
        given: "this partnership's provider, as its metadata gives it"
        String issuer = PROVIDER.issuerUrl("${entraTenant}/v2.0").toString()
        def endpoints = openIdProvider.endpoints(issuer)
        String issuerId = (other ? "${otherTenant}/v2.0" : "${entraTenant}/v2.0").toString()
        String token = PROVIDER.issueToken(issuerId, clientId, new DefaultOAuth2TokenCallback(issuerId, 'subject-y', 'JWT', [clientId],
                [tid: other ? otherTenant : entraTenant, nonce: 'the-nonce', email: adminEmail], 3600)).serialize()
        if (tampered) {
            def parts = token.split('\\.')
            String payload = new String(Base64.urlDecoder.decode(parts[1]), StandardCharsets.UTF_8).replace(adminEmail, "eve@${domain}")
            token = [parts[0], Base64.urlEncoder.withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)), parts[2]].join('.')
        }

        when:
        openIdProvider.verify(token, endpoints, entraTenant, audienceOther ? UUID.randomUUID().toString() : clientId, 'the-nonce')

        then:
        thrown(uk.reviewhub.problem.NotSignedInException)

        where:
        why                                                  | other | tampered | audienceOther
        "a token another partnership's provider issued"      | true  | false    | false
        'a token changed after it was signed'                | false | true     | false
        'a token for another client (audience)'              | false | false    | true

        otherTenant = UUID.randomUUID().toString()
    }

    def "the same kind of token, untouched and from this partnership's provider, is accepted"() {
        given:
        String issuer = PROVIDER.issuerUrl("${entraTenant}/v2.0").toString()
        String issuerId = "${entraTenant}/v2.0".toString()
        String token = PROVIDER.issueToken(issuerId, clientId, new DefaultOAuth2TokenCallback(issuerId, 'subject-y', 'JWT', [clientId],
                [tid: entraTenant, nonce: 'the-nonce', email: adminEmail], 3600)).serialize()

        expect:
        openIdProvider.verify(token, openIdProvider.endpoints(issuer), entraTenant, clientId, 'the-nonce').getStringClaim('email') == adminEmail
    }

    def "an identity is linked only to a person of the partnership or an allowed domain"() {
        given:
        configured()

        when: 'the provider vouches for an email in no allowed domain, of nobody in the partnership'
        def attempt = start(adminEmail)
        providerSays('outsider@elsewhere.example')
        def back = visitProvider(attempt.url)
        def refused = post(client, ApiPaths.SSO_FINISH, [state: back.state, code: back.code])

        then:
        refused.status == 403
        row('select count(*) as n from app_user where email = ?', 'outsider@elsewhere.example').n == 0
        row('select count(*) as n from sso_identity where tenant_id = ?', tenant).n == 0

        when: 'an allowed domain, but no role in the partnership'
        String newcomer = "new.person@${domain}".toString()
        def second = start(adminEmail)
        providerSays(newcomer)
        def again = visitProvider(second.url)
        def noRole = post(client, ApiPaths.SSO_FINISH, [state: again.state, code: again.code])

        then:
        noRole.status == 403
        noRole.json.detail.contains('no current role')
    }

    def "another partnership's provider cannot sign anyone in to this one"() {
        given: 'two partnerships, each with its own Entra tenant'
        configured()
        String otherSlug = "sso-other-${UUID.randomUUID().toString().substring(0, 8)}"
        UUID other = TestUsers.partnership(otherSlug)

        when: 'this partnership\'s sign-in is answered with a token its provider did not issue'
        def attempt = start(adminEmail)
        String otherTenant = UUID.randomUUID().toString()
        // (issued at this partnership's address, the one the exchange reaches, for another Entra tenant)
        providerSays(adminEmail, [tid: otherTenant])
        def back = visitProvider(attempt.url)
        def finished = post(client, ApiPaths.SSO_FINISH, [state: back.state, code: back.code])

        then: 'the token\'s tenant is not this partnership\'s'
        finished.status == 401
        other != tenant
    }

    def "password sign-in is turned off only by an admin linked through the organisation, and then refused"() {
        given:
        def settings = configured()

        when: 'not yet signed in through the organisation'
        def early = save([entraTenantId: entraTenant, clientId: clientId, allowedDomains: [domain], passwordSignIn: false,
                          version: settings.version])

        then:
        early.status == 422

        when:
        def viaProvider = signInThroughProvider(adminEmail)
        def off = save([entraTenantId: entraTenant, clientId: clientId, allowedDomains: [domain], passwordSignIn: false,
                        version: settings.version], viaProvider.json.accessToken as String)

        then: 'the secret is kept when it is left out'
        off.status == 200
        !off.json.passwordSignIn
        off.json.clientSecretSet

        when:
        def password = post(client, ApiPaths.SIGN_IN, [email: adminEmail, password: TestUsers.PASSWORD, partnership: slug])

        then:
        password.status == 401
        password.json.detail.contains('signs in through your organisation')

        and: 'the sign-in page is told not to offer the password form for the domain'
        post(client, ApiPaths.SIGN_IN_METHOD, [email: adminEmail]).json == [method: 'ORGANISATION', passwordSignIn: false]

        and: 'through the organisation still works'
        signInThroughProvider(adminEmail).status == 200
    }

    def "where password sign-in is off, a person of the domain or of the partnership gets a password only into a partnership that keeps it"() {
        given: 'password sign-in turned off here, and a partnership elsewhere that keeps passwords'
        def settings = configured()
        def viaProvider = signInThroughProvider(adminEmail)
        assert save([entraTenantId: entraTenant, clientId: clientId, allowedDomains: [domain], passwordSignIn: false,
                     version: settings.version], viaProvider.json.accessToken as String).status == 200
        String elsewhereSlug = "sso-pw-${UUID.randomUUID().toString().substring(0, 8)}".toString()
        UUID elsewhere = TestUsers.partnership(elsewhereSlug)

        and: 'one of the domain with a role only elsewhere, one with roles here and elsewhere, one with a role only here'
        String domainOnly = "dee.domain@${domain}".toString()
        TestUsers.member(TestUsers.user(email: domainOnly, name: 'Dee Domain'), elsewhere, [Roles.MEMBER])
        String both = TestUsers.uniqueEmail('both-ways')
        UUID bothId = TestUsers.user(email: both, name: 'Bo Both')
        TestUsers.member(bothId, tenant, [Roles.MEMBER])
        TestUsers.member(bothId, elsewhere, [Roles.MEMBER])
        String hereOnly = TestUsers.uniqueEmail('here-only')
        TestUsers.member(TestUsers.user(email: hereOnly, name: 'Hal Here'), tenant, [Roles.MEMBER])

        when:
        def domainOnlyIn = post(client, ApiPaths.SIGN_IN, [email: domainOnly, password: TestUsers.PASSWORD])
        def bothIn = post(client, ApiPaths.SIGN_IN, [email: both, password: TestUsers.PASSWORD])
        def bothHere = post(client, ApiPaths.SIGN_IN, [email: both, password: TestUsers.PASSWORD, partnership: slug])
        def hereOnlyIn = post(client, ApiPaths.SIGN_IN, [email: hereOnly, password: TestUsers.PASSWORD])

        then: 'the token carries the partnership that keeps passwords, and that one only'
        domainOnlyIn.status == 200
        domainOnlyIn.json.me.partnership.slug == elsewhereSlug
        get(client, ApiPaths.ME, domainOnlyIn.json.accessToken as String).json.partnership.slug == elsewhereSlug
        bothIn.status == 200
        bothIn.json.me.partnership.slug == elsewhereSlug

        and: 'asked for this partnership, or holding no role anywhere else, the password is refused with the way in'
        bothHere.status == 401
        bothHere.json.detail.contains('signs in through your organisation')
        hereOnlyIn.status == 401
        hereOnlyIn.json.detail.contains('signs in through your organisation')

        and: 'a password session cannot be switched in here either'
        post(client, ApiPaths.SWITCH_PARTNERSHIP, [partnershipId: tenant, refreshToken: bothIn.json.refreshToken],
                bothIn.json.accessToken as String).status == 403

        and: 'the sign-in page is told the domain\'s way, known email or not'
        post(client, ApiPaths.SIGN_IN_METHOD, [email: domainOnly]).json == [method: 'ORGANISATION', passwordSignIn: false]
        post(client, ApiPaths.SIGN_IN_METHOD, [email: "nobody-known@${domain}".toString()]).json ==
                [method: 'ORGANISATION', passwordSignIn: false]
    }

    def "a pending invitation is accepted by signing in through the organisation: the role granted, the link used"() {
        given:
        configured()
        String invitee = "ivy.invited@${domain}".toString()
        def invited = post(client, ApiPaths.INVITATIONS, [email: invitee, displayName: 'Ivy Invited', role: 'MEMBER'], admin)
        assert invited.status == 201 || invited.status == 200: invited.body

        when:
        def signedIn = signInThroughProvider(invitee)

        then:
        signedIn.status == 200
        signedIn.json.me.partnership.slug == slug
        signedIn.json.me.roles == [Roles.MEMBER]
        row('select status from invitation where tenant_id = ? and lower(email) = ?', tenant, invitee).status == 'ACCEPTED'

        when: 'the same person again: no invitation left, the role stays'
        def again = signInThroughProvider(invitee)

        then:
        again.status == 200
        again.json.me.roles == [Roles.MEMBER]
    }

    def "a session signed in with a password elsewhere cannot switch into a partnership that signs in only through its organisation"() {
        given: 'an admin here who also belongs to a partnership with password sign-in'
        configured()
        String elsewhereSlug = "sso-pw-${UUID.randomUUID().toString().substring(0, 8)}".toString()
        UUID elsewhere = TestUsers.partnership(elsewhereSlug)
        UUID adminId = row('select id from app_user where email = ?', adminEmail).id as UUID
        TestUsers.member(adminId, elsewhere, [Roles.MEMBER])
        def viaProvider = signInThroughProvider(adminEmail)
        def settings = get(client, ApiPaths.SSO_SETTINGS, viaProvider.json.accessToken as String).json
        assert save([entraTenantId: entraTenant, clientId: clientId, allowedDomains: [domain], passwordSignIn: false,
                     version: settings.version], viaProvider.json.accessToken as String).status == 200

        when: 'signed in with a password in the other partnership, switching here'
        def password = post(client, ApiPaths.SIGN_IN, [email: adminEmail, password: TestUsers.PASSWORD, partnership: elsewhereSlug]).json
        def refused = post(client, ApiPaths.SWITCH_PARTNERSHIP, [partnershipId: tenant, refreshToken: password.refreshToken],
                password.accessToken as String)

        then: 'refused with the reason, and the session left is still good'
        refused.status == 403
        refused.json.detail.contains('signs in only through its organisation')
        get(client, ApiPaths.ME, password.accessToken as String).json.partnership.slug == elsewhereSlug

        when: 'signed in through this partnership\'s organisation, over to the other partnership and back'
        def fresh = signInThroughProvider(adminEmail).json
        def away = post(client, ApiPaths.SWITCH_PARTNERSHIP, [partnershipId: elsewhere, refreshToken: fresh.refreshToken],
                fresh.accessToken as String)
        def refreshed = post(client, ApiPaths.REFRESH, [refreshToken: away.json.refreshToken])
        def back = post(client, ApiPaths.SWITCH_PARTNERSHIP, [partnershipId: tenant, refreshToken: refreshed.json.refreshToken],
                refreshed.json.accessToken as String)

        then: 'the organisation\'s proof goes with the session, through a refresh too'
        away.status == 200
        refreshed.status == 200
        back.status == 200
        back.json.me.partnership.slug == slug
    }

    def "bad settings are refused naming each field"() {
        given:
        String otherSlug = "sso-taken-${UUID.randomUUID().toString().substring(0, 8)}"
        UUID other = TestUsers.partnership(otherSlug)
        String otherAdminEmail = TestUsers.uniqueEmail('other-admin')
        TestUsers.member(TestUsers.user(email: otherAdminEmail), other, [Roles.PARTNERSHIP_ADMIN])
        String otherAdmin = post(client, ApiPaths.SIGN_IN, [email: otherAdminEmail, password: TestUsers.PASSWORD, partnership: otherSlug]).json.accessToken
        String takenDomain = "taken-${UUID.randomUUID().toString().substring(0, 8)}.gov.uk"
        assert save([entraTenantId: UUID.randomUUID().toString(), clientId: UUID.randomUUID().toString(), clientSecret: 'x',
                     allowedDomains: [takenDomain], passwordSignIn: true], otherAdmin).status == 200

        when:
        def refused = save([entraTenantId: entraTenantId, clientId: client_, clientSecret: secret, allowedDomains: domains,
                            passwordSignIn: true].findAll { k, v -> v != 'omit' }.collectEntries { k, v ->
            [(k): v == 'TAKEN' ? takenDomain : (v instanceof List ? v.collect { it == 'TAKEN' ? takenDomain : it } : v)] })

        then:
        refused.status == 400
        refused.json.errors*.field.contains(field)
        row('select count(*) as n from sso_setting where tenant_id = ?', tenant).n == 0

        where:
        entraTenantId                  | client_                        | secret | domains                     | field
        'contoso'                      | UUID.randomUUID().toString()   | 's'    | ['ok.gov.uk']               | 'entraTenantId'
        UUID.randomUUID().toString()   | 'my-app'                       | 's'    | ['ok.gov.uk']               | 'clientId'
        UUID.randomUUID().toString()   | UUID.randomUUID().toString()   | 'omit' | ['ok.gov.uk']               | 'clientSecret'
        UUID.randomUUID().toString()   | UUID.randomUUID().toString()   | '   '  | ['ok.gov.uk']               | 'clientSecret'
        UUID.randomUUID().toString()   | UUID.randomUUID().toString()   | 's'    | ['not a domain']            | 'allowedDomains[0]'
        UUID.randomUUID().toString()   | UUID.randomUUID().toString()   | 's'    | ['a.gov.uk', 'A.gov.uk']    | 'allowedDomains[1]'
        UUID.randomUUID().toString()   | UUID.randomUUID().toString()   | 's'    | ['TAKEN']                   | 'allowedDomains[0]'
        UUID.randomUUID().toString()   | UUID.randomUUID().toString()   | 's'    | []                          | 'allowedDomains'
        UUID.randomUUID().toString()   | UUID.randomUUID().toString()   | 's'    | ['x' * 300]                 | 'allowedDomains[0]'
    }

    def "only partnership admins read or change the settings, and an email's organisation without single sign-on starts nothing"() {
        given:
        String memberEmail = TestUsers.uniqueEmail('plain-member')
        TestUsers.member(TestUsers.user(email: memberEmail), tenant, [Roles.MEMBER])
        String member = post(client, ApiPaths.SIGN_IN, [email: memberEmail, password: TestUsers.PASSWORD, partnership: slug]).json.accessToken

        expect:
        get(client, ApiPaths.SSO_SETTINGS, member).status == 403
        get(client, ApiPaths.SSO_SETTINGS).status == 401
        get(client, ApiPaths.SSO_SETTINGS, admin).json.configured == false
        post(client, ApiPaths.SSO_START, [email: 'person@example.org']).status == 422
    }

    private static Map row(String sql, Object... params) {
        Connection c = PostgresFixture.get().ownerConnection()
        try {
            def statement = c.prepareStatement(sql)
            params.eachWithIndex { p, i -> statement.setObject(i + 1, p) }
            def rows = statement.executeQuery()
            def meta = rows.metaData
            rows.next()
            (1..meta.columnCount).collectEntries { [(meta.getColumnLabel(it)): rows.getObject(it)] }
        } finally {
            c.close()
        }
    }
}
