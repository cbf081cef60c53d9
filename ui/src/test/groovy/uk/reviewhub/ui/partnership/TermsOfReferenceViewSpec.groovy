package uk.reviewhub.ui.partnership

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.html.H2
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.OrderedList
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.UnorderedList
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import uk.reviewhub.ui.shell.StatusLight

import java.time.LocalDate
import java.time.ZoneId
import uk.reviewhub.ui.ViewSpec

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class TermsOfReferenceViewSpec extends ViewSpec {

    def "Salford's sub-group shows its purpose, functions, meetings, quorum and deadlines from the pack"() {
        given:
        signInAs('chair@salford.demo')

        when:
        UI.current.navigate(TermsOfReferenceView)

        then:
        def view = _get(TermsOfReferenceView)
        def headings = _find(view, H2)*.text
        headings.containsAll(['Purpose', 'Functions', 'Reporting line', 'Meetings', 'Quorum', 'Deadlines',
                              'Performance measures', 'Review dates'])
        _get(view, OrderedList).children.count() == 10

        and:
        def text = textOf(view)
        text.contains("business priority area 6")
        text.contains('Every six weeks')
        text.contains('Members from at least 4 different agencies are present.')
        text.contains('Agenda items and papers to the chair and administrator: 10 working days before the meeting')
        text.contains('Agenda and papers uploaded: 5 working days before the meeting')
        text.contains('Minutes circulated: 14 working days after the meeting')
        text.contains('Chaired by a member of the Coordination and Delivery Group')
    }

    def "the Norfolk chair reads Norfolk's terms, not Salford's"() {
        given:
        signInAs('chair@norfolk.demo')

        when:
        UI.current.navigate(TermsOfReferenceView)

        then:
        def text = textOf(_get(TermsOfReferenceView))
        !text.contains('Case Review and Audit')
        !text.contains('business priority area 6')
        _find(_get(TermsOfReferenceView), H2)*.text.contains('Purpose')
    }

    def "a partnership admin edits the terms into a new version; the review reminder and the history follow"() {
        given:
        signInAs('admin@southampton.demo')
        def client = uk.reviewhub.ui.TestSystem.instance.uiContext.getBean(PartnershipClient)
        def group = client.groups().first()
        int before = client.termsOfReference(group.id()).version()
        LocalDate dueOn = LocalDate.now(ZoneId.of('Europe/London')).plusDays(30)
        UI.current.navigate(TermsOfReferenceView)

        when:
        _click(_get(Button) { it.withText('Edit the terms of reference') })
        def purpose = _get(TextArea) { it.withLabel('Purpose') }
        userEnters(purpose, purpose.value + ' Revised in the UI.')
        userEnters(_get(DatePicker) { it.withLabel('Due for review') }, dueOn)
        _click(_get(Button) { it.withText('Save as a new version') })

        then: 'saved as the next version, shown at once'
        _get(Paragraph) { it.withId('terms-of-reference-message') }.text == "Saved as version ${before + 1}."
        textOf(_get(TermsOfReferenceView)).contains('Revised in the UI.')
        client.termsOfReference(group.id()).version() == before + 1

        and: 'the reminder in words with its marker, and the history'
        def reminder = _get(StatusLight) { it.withId('terms-of-reference-review') }
        reminder.element.textRecursively == "Review approaching: The review is due on $dueOn, in 30 days."
        reminder.hasClassName('rh-light--amber')
        def versions = _get(UnorderedList) { it.withId('terms-of-reference-versions') }.children.toList()
        versions.size() >= 2
        textOf(versions[0]).startsWith("Version ${before + 1}")
        textOf(versions[0]).endsWith('(current)')
        textOf(versions[1]).startsWith("Version ${before}")
    }

    def "a cadence the schedule cannot expand is refused in the backend's words, and nothing is saved"() {
        given:
        signInAs('admin@southampton.demo')
        def client = uk.reviewhub.ui.TestSystem.instance.uiContext.getBean(PartnershipClient)
        def group = client.groups().first()
        int before = client.termsOfReference(group.id()).version()
        UI.current.navigate(TermsOfReferenceView)
        _click(_get(Button) { it.withText('Edit the terms of reference') })

        when:
        userEnters(_get(TextField) { it.withLabel('Meeting pattern (RFC 5545 RRULE)') }, 'FREQ=DAILY')
        _click(_get(Button) { it.withText('Save as a new version') })

        then:
        textOf(_get(TermsOfReferenceView)).contains("The cadence's RRULE cannot be used: FREQ=DAILY is not supported")
        client.termsOfReference(group.id()).version() == before
    }

    def "other roles read the terms, the reminder and the history, and cannot edit"() {
        given:
        signInAs('chair@southampton.demo')

        when:
        UI.current.navigate(TermsOfReferenceView)

        then:
        _find(Button) { it.withText('Edit the terms of reference') }.isEmpty()
        _get(StatusLight) { it.withId('terms-of-reference-review') }
        _get(UnorderedList) { it.withId('terms-of-reference-versions') }
    }
}
