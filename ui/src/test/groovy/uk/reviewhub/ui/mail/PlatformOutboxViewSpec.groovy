package uk.reviewhub.ui.mail

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.details.Details
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Pre
import com.vaadin.flow.component.textfield.EmailField
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.onboarding.RegisterView
import uk.reviewhub.ui.shell.NotAllowedView

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * The platform's outbox (issue 11): platform admins read the mail sent for no partnership (here a
 * registration's confirmation link, kept because the test backend has no mail server), with its
 * recipient, subject, time and status, and open its text; a partnership's mail is not there, and
 * nobody else is let in.
 */
class PlatformOutboxViewSpec extends ViewSpec {

    static String register() {
        String suffix = UUID.randomUUID().toString().substring(0, 8)
        String email = "outbox-$suffix@example.org".toString()
        UI.current.navigate(RegisterView)
        userEnters(_get(TextField) { it.withLabel('Partnership name') }, "Outbox Town Partnership $suffix".toString())
        userEnters(_get(TextArea) { it.withLabel('Local authorities it covers (one a line)') }, 'Outbox Town Council')
        userEnters(_get(TextField) { it.withLabel('Your name') }, 'Otto Box')
        userEnters(_get(EmailField) { it.withLabel('Your work email address') }, email)
        _click(_get(Button) { it.withText('Send the request') })
        email
    }

    def "a platform admin sees the platform's mail with its recipient, subject, time and status, and opens its text"() {
        given: 'a request for a new partnership, whose confirmation link is mailed for no partnership'
        String email = register()
        String salfords = OutboxViewSpec.send('10/07/2031')
        signInAs('platform-admin@reviewhub.demo')

        when:
        UI.current.navigate(PlatformOutboxView)

        then:
        String text = textOf(_get(PlatformOutboxView))
        text.contains(email)
        text.contains('Kept in the outbox (not sent)')
        _get(Paragraph) { it.withId('outbox-summary') }.text.contains('Newest first')
        text =~ /\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}/

        and: "no partnership's mail, so no case data"
        salfords != null
        !text.contains('Outbox spec group')

        when: 'the message is opened'
        Details details = _find(Details).find { it.element.getAttribute('aria-label')?.startsWith('Show the message: ') &&
                textOf(it.parent.get().parent.get()).contains(email) }
        details.opened = true

        then: 'its text, with the link to confirm the request'
        details.element.getAttribute('aria-label').length() > 'Show the message: '.length()
        _find(details, Pre).any { it.text.contains('register/confirm?token=') }
    }

    def "#who is not let into the platform's outbox"() {
        given:
        signInAs(who)

        when:
        UI.current.navigate(PlatformOutboxView)

        then:
        currentView() instanceof NotAllowedView
        _find(PlatformOutboxView).isEmpty()
        _find(Details).isEmpty()

        where:
        who << ['admin@salford.demo', 'support@salford.demo', 'national@reviewhub.demo']
    }
}
