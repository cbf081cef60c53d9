package uk.reviewhub.identity

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import uk.reviewhub.api.ApiPaths
import uk.reviewhub.api.auth.Roles
import uk.reviewhub.identity.domain.Accounts
import uk.reviewhub.identity.domain.SignInRejected
import uk.reviewhub.identity.domain.SignInService
import uk.reviewhub.problem.InvalidFieldException
import uk.reviewhub.testing.IntegrationSpec

import static uk.reviewhub.testing.ApiCalls.post

class AccountsSpec extends IntegrationSpec {

    @Inject
    @Client('/')
    HttpClient client

    @Inject
    Accounts accounts

    @Inject
    SignInService signIns

    def "an account made with a chosen password signs in with it, and a second request links to the same person"() {
        given:
        def email = TestUsers.uniqueEmail('new-admin')
        def password = 'heron kettle lamp'

        when:
        def id = accounts.createWithPassword(email.toUpperCase(), 'New Admin', password, 'password')
        TestUsers.member(id, TestUsers.partnership('accounts-one'), [Roles.PARTNERSHIP_ADMIN])
        def again = accounts.createWithPassword(email, 'Someone Else', 'a different password', 'password')

        then:
        again == id
        post(client, ApiPaths.SIGN_IN, [email: email, password: password]).status == 200
        post(client, ApiPaths.SIGN_IN, [email: email, password: 'a different password']).status == 401
    }

    def "a weak password is refused naming the field, and no account is made"() {
        given:
        def email = TestUsers.uniqueEmail('weak')

        when:
        accounts.createWithPassword(email, 'Weak', 'Password2026!', 'newPassword')

        then:
        def refused = thrown(InvalidFieldException)
        refused.fields()*.field() == ['newPassword']
        accounts.byEmail(email).empty
    }

    def "an account for single sign-on has no password that signs in until one is set"() {
        given:
        def email = TestUsers.uniqueEmail('sso')
        def id = accounts.createWithoutPassword(email, 'Sso Person')
        TestUsers.member(id, TestUsers.partnership('accounts-two'), [Roles.MEMBER])

        expect:
        post(client, ApiPaths.SIGN_IN, [email: email, password: Accounts.NO_PASSWORD]).status == 401

        when:
        accounts.setPassword(id, email, 'otter lantern moss', 'password')

        then:
        post(client, ApiPaths.SIGN_IN, [email: email, password: 'otter lantern moss']).status == 200
    }

    def "a person proven by other means gets tokens for a partnership they belong to, and nothing for one they do not"() {
        given:
        def email = TestUsers.uniqueEmail('proven')
        def id = accounts.createWithoutPassword(email, 'Proven Person')
        def theirs = TestUsers.partnership('proven-one')
        def other = TestUsers.partnership('proven-two')
        TestUsers.member(id, theirs, [Roles.CHAIR])

        when:
        def signedIn = signIns.signInProven(id, theirs)

        then:
        signedIn.partnership().partnershipId() == theirs
        signedIn.partnership().roles() == [Roles.CHAIR]

        when:
        signIns.signInProven(id, other)

        then:
        thrown(SignInRejected)

        when: 'no partnership and no platform role'
        signIns.signInProven(id, null)

        then:
        thrown(SignInRejected)
    }
}
