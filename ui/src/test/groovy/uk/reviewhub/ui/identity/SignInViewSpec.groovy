package uk.reviewhub.ui.identity

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Span
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.textfield.EmailField
import com.vaadin.flow.component.textfield.PasswordField
import com.vaadin.flow.router.QueryParameters
import com.vaadin.flow.server.VaadinSession
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.backend.SessionCredentials
import uk.reviewhub.ui.membership.MembershipView
import uk.reviewhub.ui.casereview.CaseDashboardView

import java.time.Instant

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class SignInViewSpec extends ViewSpec {

    def "a visitor who is not signed in is sent to the sign-in view from #route"() {
        when:
        UI.current.navigate(route)

        then:
        currentView() instanceof SignInView
        _get(EmailField) { it.withLabel('Email address') }.visible
        _get(PasswordField) { it.withLabel('Password') }.visible

        where:
        route << ['', 'membership', 'terms-of-reference']
    }

    def "the Salford chair signs in and sees their partnership and role"() {
        when:
        signInAs('chair@salford.demo')

        then: 'they land on their dashboard (issue 13 item 16), not on the partnership page'
        currentView() instanceof CaseDashboardView
        _get(Span) { it.withId('partnership-name') }.text.contains('Salford')
        _get(Span) { it.withId('user-summary') }.text.contains('Chair')
    }

    def "after signing in the user is taken to the page they first asked for"() {
        given:
        UI.current.navigate(MembershipView, QueryParameters.of('group', UUID.randomUUID().toString()))

        when:
        signInAs('chair@salford.demo')

        then:
        currentView() instanceof MembershipView
        UI.current.internals.activeViewLocation.queryParameters.getSingleParameter('group').present
    }

    def "a wrong password is refused with a plain message and the user stays on the sign-in view"() {
        when:
        signInAs('chair@salford.demo', 'not-the-password')

        then:
        currentView() instanceof SignInView
        def error = _get(Paragraph) { it.withId('sign-in-error') }
        error.visible
        error.text == 'Sign-in failed: The email address or password is not correct. Check them and try again.'
        error.element.getAttribute('role') == 'alert'
        !SessionCredentials.isSignedIn()
    }

    def "empty fields are flagged on the form without asking the backend"() {
        given:
        UI.current.navigate('sign-in')

        when:
        _click(_get(Button) { it.withText('Sign in') })

        then:
        def email = _get(EmailField) { it.withLabel('Email address') }
        email.invalid
        email.errorMessage == 'Enter your email address'
        _get(PasswordField) { it.withLabel('Password') }.invalid
        !_get(SignInView).children.find { it.id.orElse(null) == 'sign-in-error' }.visible
    }

    def "repeated failures are throttled and the user is told to wait"() {
        given: 'an account that will be locked after five failures'
        String email = TestUsers.uniqueEmail('throttled')
        TestUsers.user(email: email)

        when:
        6.times { signInAs(email, 'wrong-password') }

        then:
        def error = _get(Paragraph) { it.withId('sign-in-error') }.text
        error.startsWith('Sign-in failed: Too many failed sign-in attempts.')
        error.contains('You can try again in about')
    }

    def "someone in two partnerships chooses which one to work in"() {
        given:
        String email = TestUsers.uniqueEmail('two-partnerships')
        UUID user = TestUsers.user(email: email, name: 'Morgan Two-Hats')
        TestUsers.member(user, TestUsers.partnership('salford'), ['MEMBER'])
        TestUsers.member(user, TestUsers.partnership('norfolk'), ['CHAIR'])

        when:
        signInAs(email, TestUsers.PASSWORD)

        then: 'the choice is offered'
        currentView() instanceof SignInView
        Select<?> partnership = _get(Select) { it.withLabel('Partnership to work in') }
        partnership.visible

        when:
        userEnters(partnership, partnership.listDataView.items.find { it.slug() == 'norfolk' })
        _click(_get(Button) { it.withText('Continue') })

        then:
        currentView() instanceof CaseDashboardView
        _get(Span) { it.withId('partnership-name') }.text.contains('Norfolk')
        _get(Span) { it.withId('user-summary') }.text.contains('Chair')
    }

    def "signing out ends the session's sign-in"() {
        given:
        signInAs('chair@salford.demo')

        when:
        _click(_get(Button) { it.withText('Sign out') })

        then:
        currentView() instanceof SignInView
        !SessionCredentials.isSignedIn()

        when:
        UI.current.navigate('membership')

        then:
        currentView() instanceof SignInView
    }

    def "an expired access token is renewed with the refresh token"() {
        given:
        signInAs('chair@salford.demo')
        SessionCredentials before = SessionCredentials.current().get()
        VaadinSession.current.setAttribute(SessionCredentials,
                new SessionCredentials(before.accessToken(), before.refreshToken(), Instant.now().minusSeconds(60), before.me()))

        when:
        UI.current.navigate('membership')

        then:
        currentView() instanceof MembershipView
        SessionCredentials after = SessionCredentials.current().get()
        after.refreshToken() != before.refreshToken()
        after.accessExpiresAt().isAfter(Instant.now())
    }

    def "a sign-in the backend no longer accepts sends the user back to sign in"() {
        given:
        signInAs('chair@salford.demo')
        SessionCredentials before = SessionCredentials.current().get()
        VaadinSession.current.setAttribute(SessionCredentials,
                new SessionCredentials('not-a-token', 'not-a-refresh-token', Instant.now().plusSeconds(600), before.me()))

        when:
        UI.current.navigate('membership')

        then:
        currentView() instanceof SignInView
        !SessionCredentials.isSignedIn()
    }
}
