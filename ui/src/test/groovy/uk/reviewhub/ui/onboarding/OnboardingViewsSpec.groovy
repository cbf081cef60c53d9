package uk.reviewhub.ui.onboarding

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.sidenav.SideNavItem
import uk.reviewhub.api.onboarding.SetupChecklist
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.html.Anchor
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.html.Span
import com.vaadin.flow.component.textfield.EmailField
import com.vaadin.flow.component.textfield.PasswordField
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import com.vaadin.flow.router.QueryParameters
import uk.reviewhub.testing.PostgresFixture
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.identity.SignInView

import java.sql.Connection

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * The onboarding pages against the real backend: register, confirm by the mailed link (read from
 * the platform's outbox), a platform admin approves, the set-up link sets the partnership up and
 * signs the requester in, and the checklist shows the steps.
 */
class OnboardingViewsSpec extends ViewSpec {

    /** The token of the newest link mailed to {@code email} with {@code route}. */
    static String linkToken(String email, String route) {
        Connection c = PostgresFixture.get().ownerConnection()
        try {
            def s = c.prepareStatement('select body_text from platform_outbox_message where ? = any(recipients) order by created_at desc')
            s.setString(1, email)
            def rows = s.executeQuery()
            while (rows.next()) {
                def m = rows.getString(1) =~ /\/${route}\?token=([A-Za-z0-9_-]+)/
                if (m.find()) {
                    return m.group(1)
                }
            }
            null
        } finally {
            c.close()
        }
    }

    def "the sign-in page leads to registration, and a name of only spaces is marked at the field"() {
        when:
        UI.current.navigate(SignInView)

        then:
        _get(Anchor) { it.withText('Register your partnership') }.href == 'register'

        when:
        UI.current.navigate(RegisterView)

        then: "the limits are the contract's (RegistrationRequest), said before typing"
        _get(TextField) { it.withLabel('Partnership name') }.maxLength == 200
        _get(TextField) { it.withLabel('Partnership name') }.helperText.endsWith('Up to 200 characters.')
        _get(TextField) { it.withLabel('Your name') }.maxLength == 200
        _get(EmailField) { it.withLabel('Your work email address') }.maxLength == 254
        _get(EmailField) { it.withLabel('Your work email address') }.helperText == 'Up to 254 characters.'

        when:
        userEnters(_get(TextField) { it.withLabel('Partnership name') }, '   ')
        userEnters(_get(TextArea) { it.withLabel('Local authorities it covers (one a line)') }, 'Little Town Council')
        userEnters(_get(TextField) { it.withLabel('Your name') }, 'Ada')
        userEnters(_get(EmailField) { it.withLabel('Your work email address') }, 'ada@example.org')
        _click(_get(Button) { it.withText('Send the request') })

        then:
        _get(TextField) { it.withLabel('Partnership name') }.invalid
    }

    def "register, confirm, approve, set up and land on the checklist"() {
        given:
        String suffix = UUID.randomUUID().toString().substring(0, 8)
        String name = "Karibu Town Safeguarding Partnership $suffix"
        String email = "karibu-$suffix@example.org"

        when: 'the request is sent'
        UI.current.navigate(RegisterView)
        userEnters(_get(TextField) { it.withLabel('Partnership name') }, name)
        userEnters(_get(TextArea) { it.withLabel('Local authorities it covers (one a line)') }, 'Karibu Town Council\nKaribu County Council')
        userEnters(_get(TextField) { it.withLabel('Your name') }, 'Kari Bu')
        userEnters(_get(EmailField) { it.withLabel('Your work email address') }, email)
        _click(_get(Button) { it.withText('Send the request') })

        then:
        textOf(_get(Paragraph) { it.withId('register-feedback') }).contains('we have sent a link')

        when: 'the confirmation link is followed twice'
        String confirm = linkToken(email, 'register/confirm')
        UI.current.navigate('register/confirm', QueryParameters.of('token', confirm))
        String first = textOf(_get(Paragraph) { it.withId('confirm-feedback') })
        UI.current.navigate('register/confirm', QueryParameters.of('token', confirm))
        String again = textOf(_get(Paragraph) { it.withId('confirm-feedback') })

        then:
        first.contains('your email address is confirmed')
        again.contains('cannot be used')

        when: 'a platform admin approves it'
        signInAs('platform-admin@reviewhub.demo')
        UI.current.navigate(PlatformRegistrationsView)
        def section = _find(Section).find { textOf(it).contains(name) }
        _click(_get(section, Button) { it.withText("Approve $name") })

        then:
        textOf(_get(Paragraph) { it.withId('registrations-feedback') }).contains('emailed the set-up link')

        when: 'the requester opens the set-up link, keeps the statutory minimum and chooses a password'
        UI.current.navigate('register/setup', QueryParameters.of('token', linkToken(email, 'register/setup')))
        userEnters(_get(PasswordField) { it.withLabel('Choose your password') }, 'kettle heron lamp 77')
        _click(_get(Button) { it.withText('Set up the partnership') })

        then: 'they are signed in and on the checklist, nothing done yet but the data it started with'
        currentView() instanceof SetupChecklistView
        _get(Span) { it.withId('state-first-meeting') }.text == 'Not done'
        _get(Span) { it.withId('state-invite-users') }.text == 'Not done'
        textOf(_get(Paragraph) { it.withId('setup-summary') }).startsWith('0 of 8 steps done')
        _find(SideNavItem)*.label.contains('Set-up checklist')
    }

    def "the checklist leaves the admin's menu once every step is done, and only then"() {
        given:
        signInAs('admin@salford.demo')
        def finished = new FinishedChecklistHidden(Stub(SetupChecklistClient) { checklist() >> new SetupChecklist([], true) })
        def unfinished = new FinishedChecklistHidden(Stub(SetupChecklistClient) { checklist() >> new SetupChecklist([], false) })

        expect:
        finished.hides(SetupChecklistView)
        !unfinished.hides(SetupChecklistView)
        !finished.hides(uk.reviewhub.ui.membership.MembershipView)
    }
}
