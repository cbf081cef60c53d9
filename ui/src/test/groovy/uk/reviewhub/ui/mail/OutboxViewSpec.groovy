package uk.reviewhub.ui.mail

import uk.reviewhub.ui.shell.NotAllowedView
import com.vaadin.flow.component.UI
import com.vaadin.flow.component.details.Details
import com.vaadin.flow.component.html.H2
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Pre
import uk.reviewhub.mail.domain.NoticeKind
import uk.reviewhub.mail.domain.Notices
import uk.reviewhub.tenancy.TenantContext
import uk.reviewhub.testing.DemoTokens
import uk.reviewhub.ui.ViewSpec

import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * The outbox: with no mail server configured (the test backend has none), messages are kept there
 * and shown with their recipients, subject, time and status in words; the body opens below.
 */
class OutboxViewSpec extends ViewSpec {

    static Notices notices() {
        system.backend.applicationContext.getBean(Notices)
    }

    static String send(String subjectDate) {
        String key = "MINUTES_CIRCULATED:ui-spec-${UUID.randomUUID()}:member"
        TenantContext.callAs(DemoTokens.tenantOf('salford')) {
            notices().sendOnce(key, NoticeKind.MINUTES_CIRCULATED, 'member@salford.demo', null, [
                    partnership: [name: 'Salford Safeguarding Children Partnership'], group: [name: 'Outbox spec group'],
                    meeting    : [date: subjectDate], actionCount: '2'])
        }
        key
    }

    def "an admin sees each message with its status in words, opens its body, and sees the reminders sent"() {
        given:
        send('07/07/2031')
        signInAs('admin@salford.demo')

        when:
        UI.current.navigate(OutboxView)

        then:
        def text = textOf(_get(OutboxView))
        text.contains('Outbox spec group: minutes of 07/07/2031')
        text.contains('member@salford.demo')
        text.contains('Kept in the outbox (not sent)')
        _get(Paragraph) { it.withId('outbox-summary') }.text.contains('not sent (no mail server is configured)')
        _find(H2)*.text == ['Messages', 'Reminders and notices']
        textOf(_get(OutboxView)).contains('Minutes circulated')

        when: 'the message is opened'
        Details details = _find(Details).find { it.element.getAttribute('aria-label') == 'Show the message: Outbox spec group: minutes of 07/07/2031' }
        details.opened = true

        then:
        _find(Pre).any { it.text.contains('The minutes of the Outbox spec group meeting on 07/07/2031') && it.text.contains('with 2 actions') }
    }

    def "business support sees the outbox but not the reminder list"() {
        given:
        send('08/07/2031')
        signInAs('support@salford.demo')

        when:
        UI.current.navigate(OutboxView)

        then:
        textOf(_get(OutboxView)).contains('Outbox spec group: minutes of 08/07/2031')
        _find(H2)*.text == ['Messages']
    }

    def "a member is not let into the outbox"() {
        given:
        signInAs('member@salford.demo')

        when:
        UI.current.navigate(OutboxView)

        then:
        // The route follows the capability: a member gets the not-available page, not the outbox.
        currentView() instanceof NotAllowedView
        _find(OutboxView).isEmpty()
        _find(Details).isEmpty()
    }

    def "Norfolk's admin sees none of Salford's messages"() {
        given:
        send('09/07/2031')
        signInAs('admin@norfolk.demo')

        when:
        UI.current.navigate(OutboxView)

        then:
        !textOf(_get(OutboxView)).contains('Outbox spec group')
    }
}
