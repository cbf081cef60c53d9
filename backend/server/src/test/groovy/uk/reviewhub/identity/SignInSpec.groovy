package uk.reviewhub.identity

import com.nimbusds.jose.crypto.MACVerifier
import com.nimbusds.jwt.SignedJWT
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.time.MovableClock

import java.time.Duration
import java.time.Instant

import static uk.reviewhub.testing.ApiCalls.get
import static uk.reviewhub.testing.ApiCalls.post

class SignInSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    @Inject
    MovableClock clock

    def cleanup() {
        clock.reset()
    }

    def "a member signs in and gets a signed token naming them, their partnership and roles"() {
        given:
        UUID partnership = TestUsers.partnership('sign-in-one')
        String email = TestUsers.uniqueEmail('chair')
        UUID user = TestUsers.user(email: email, name: 'Alex Chair')
        TestUsers.member(user, partnership, [Roles.CHAIR, Roles.MEMBER])

        when:
        def answer = post(client, ApiPaths.SIGN_IN, [email: email.toUpperCase(), password: TestUsers.PASSWORD])

        then:
        answer.status == 200
        answer.json.tokenType == 'Bearer'
        answer.json.expiresInSeconds == 15 * 60
        answer.json.refreshToken.length() >= 43
        answer.json.me.userId == user.toString()
        answer.json.me.partnership.id == partnership.toString()
        answer.json.me.partnership.slug == 'sign-in-one'
        answer.json.me.roles == [Roles.CHAIR, Roles.MEMBER]

        when:
        SignedJWT jwt = SignedJWT.parse(answer.json.accessToken as String)
        def claims = jwt.JWTClaimsSet

        then: 'it is HS256 over the configured secret'
        jwt.header.algorithm.name == 'HS256'
        jwt.verify(new MACVerifier(PostgresFixture.get().properties()['reviewhub.security.jwt-secret'] as String))

        and:
        claims.subject == user.toString()
        claims.getStringClaim('tenant') == partnership.toString()
        claims.getStringListClaim('roles') == [Roles.CHAIR, Roles.MEMBER]
        claims.getStringClaim('name') == 'Alex Chair'
        claims.getStringClaim('email') == email
        Duration.between(claims.issueTime.toInstant(), claims.expirationTime.toInstant()) == Duration.ofMinutes(15)

        when: 'the token is used'
        def me = get(client, ApiPaths.ME, answer.json.accessToken as String)

        then:
        me.status == 200
        me.json.email == email
        me.json.displayName == 'Alex Chair'
        me.json.partnership.slug == 'sign-in-one'
        me.json.roles == [Roles.CHAIR, Roles.MEMBER]
        me.json.platformRoles == []
    }

    def "a member of several partnerships chooses one by slug, and a slug they do not belong to is refused like a wrong password"() {
        given:
        UUID first = TestUsers.partnership('sign-in-aa', 'Aa Partnership')
        UUID second = TestUsers.partnership('sign-in-bb', 'Bb Partnership')
        TestUsers.partnership('sign-in-cc', 'Cc Partnership')
        String email = TestUsers.uniqueEmail('independent-chair')
        UUID user = TestUsers.user(email: email)
        TestUsers.member(user, first, [Roles.MEMBER])
        TestUsers.member(user, second, [Roles.CHAIR])

        expect: 'no slug: the first by name'
        with(post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD])) {
            status == 200
            json.me.partnership.slug == 'sign-in-aa'
            json.me.partnerships*.slug == ['sign-in-aa', 'sign-in-bb']
        }

        and: 'a slug chooses'
        with(post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD, partnership: 'sign-in-bb'])) {
            status == 200
            json.me.partnership.id == second.toString()
            json.me.roles == [Roles.CHAIR]
        }

        when: 'a partnership they are not a member of'
        def refused = post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD, partnership: 'sign-in-cc'])
        def wrongPassword = post(client, ApiPaths.SIGN_IN, [email: email, password: 'not it', partnership: 'sign-in-bb'])

        then:
        refused.status == 401
        refused.body == wrongPassword.body
    }

    def "a wrong password and an unknown email get the same answer"() {
        given:
        String email = TestUsers.uniqueEmail('member')
        TestUsers.member(TestUsers.user(email: email), TestUsers.partnership('sign-in-one'), [Roles.MEMBER])

        when:
        def wrongPassword = post(client, ApiPaths.SIGN_IN, [email: email, password: 'wrong password'])
        def unknownEmail = post(client, ApiPaths.SIGN_IN, [email: TestUsers.uniqueEmail('nobody'), password: 'wrong password'])

        then:
        wrongPassword.status == 401
        unknownEmail.status == 401
        wrongPassword.contentType == 'application/problem+json'
        wrongPassword.body == unknownEmail.body
        wrongPassword.json.title == 'Unauthorized'
        wrongPassword.json.detail
    }

    def "an inactive account cannot sign in"() {
        given:
        String email = TestUsers.uniqueEmail('gone')
        TestUsers.member(TestUsers.user(email: email, active: false), TestUsers.partnership('sign-in-one'), [Roles.MEMBER])

        expect:
        post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD]).status == 401
    }

    def "a platform user with no partnership signs in without a tenant"() {
        given:
        String email = TestUsers.uniqueEmail(role.toLowerCase())
        UUID user = TestUsers.user(email: email, platformRoles: [role])

        when:
        def answer = post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD])
        def claims = SignedJWT.parse(answer.json.accessToken as String).JWTClaimsSet

        then:
        answer.status == 200
        claims.subject == user.toString()
        claims.getClaim('tenant') == null
        claims.getStringListClaim('roles') == [role]
        answer.json.me.partnership == null
        answer.json.me.platformRoles == [role]

        where:
        role << [Roles.PLATFORM_ADMIN, Roles.NATIONAL_VIEWER]
    }

    def "a user with neither a partnership nor a platform role cannot sign in"() {
        given:
        String email = TestUsers.uniqueEmail('loose')
        TestUsers.user(email: email)

        expect:
        post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD]).status == 401
    }

    def "an access token stops working when it expires"() {
        given:
        String email = TestUsers.uniqueEmail('member')
        TestUsers.member(TestUsers.user(email: email), TestUsers.partnership('sign-in-one'), [Roles.MEMBER])
        String token = post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD]).json.accessToken

        expect:
        get(client, ApiPaths.ME, token).status == 200

        when:
        clock.advance(Duration.ofMinutes(15).plusSeconds(1))
        def expired = get(client, ApiPaths.ME, token)

        then:
        expired.status == 401
        expired.contentType == 'application/problem+json'
    }

    def "a token signed with another secret or tampered with is refused"() {
        given:
        String email = TestUsers.uniqueEmail('member')
        TestUsers.member(TestUsers.user(email: email), TestUsers.partnership('sign-in-one'), [Roles.MEMBER])
        String token = post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD]).json.accessToken
        def parts = token.split('\\.')
        def payload = new String(Base64.urlDecoder.decode(parts[1])).replace('"MEMBER"', '"PARTNERSHIP_ADMIN"')
        String tampered = parts[0] + '.' + Base64.urlEncoder.withoutPadding().encodeToString(payload.bytes) + '.' + parts[2]

        expect:
        get(client, ApiPaths.ME, tampered).status == 401
        get(client, ApiPaths.ME, 'not-a-jwt').status == 401
    }

    def "five failed sign-ins lock the account, with Retry-After, until the clock passes the lock"() {
        given:
        String email = TestUsers.uniqueEmail('target')
        UUID user = TestUsers.user(email: email)
        TestUsers.member(user, TestUsers.partnership('sign-in-one'), [Roles.MEMBER])

        when:
        def failures = (1..5).collect { post(client, ApiPaths.SIGN_IN, [email: email, password: "guess $it".toString()]) }

        then:
        failures*.status == [401] * 5
        TestUsers.signInState(user).failedSignIns == 5

        when: 'even the right password'
        def locked = post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD])

        then:
        locked.status == 429
        locked.contentType == 'application/problem+json'
        locked.json.status == 429
        int retryAfter = locked.headers.get('Retry-After') as int
        retryAfter > 0 && retryAfter <= 60

        when:
        clock.advance(Duration.ofSeconds(retryAfter))
        def afterwards = post(client, ApiPaths.SIGN_IN, [email: email, password: TestUsers.PASSWORD])

        then:
        afterwards.status == 200
        TestUsers.signInState(user) == [failedSignIns: 0, lockedUntil: null]
    }

    def "each failure after a lock locks for longer"() {
        given:
        String email = TestUsers.uniqueEmail('persistent')
        UUID user = TestUsers.user(email: email)
        TestUsers.member(user, TestUsers.partnership('sign-in-one'), [Roles.MEMBER])
        5.times { post(client, ApiPaths.SIGN_IN, [email: email, password: 'guess']) }
        int firstLock = post(client, ApiPaths.SIGN_IN, [email: email, password: 'guess']).headers.get('Retry-After') as int

        when:
        clock.advance(Duration.ofSeconds(firstLock))
        def sixth = post(client, ApiPaths.SIGN_IN, [email: email, password: 'guess'])
        int secondLock = post(client, ApiPaths.SIGN_IN, [email: email, password: 'guess']).headers.get('Retry-After') as int

        then:
        sixth.status == 401
        secondLock > firstLock
        secondLock <= 120
    }

    def "an unknown email is throttled exactly like an account, so the lock does not reveal existence"() {
        given:
        String email = TestUsers.uniqueEmail('nobody')

        when:
        def answers = (1..6).collect { post(client, ApiPaths.SIGN_IN, [email: email, password: "guess $it".toString()]) }

        then:
        answers*.status == [401] * 5 + [429]
        answers.last().headers.get('Retry-After') as int > 0
    }
}
