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
import com.vaadin.flow.component.textfield.IntegerField
import com.vaadin.flow.component.select.Select
import uk.reviewhub.ui.shell.StatusLight
import uk.reviewhub.api.partnership.TermsOfReferenceUpdate
import uk.reviewhub.api.partnership.TermsOfReferenceView as TermsApi

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
        textOf(versions[0]).endsWith('edited by an admin (current)')
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
        userEnters(_get(TextField) { it.withLabel('Meeting pattern as a repeat rule') }, 'FREQ=DAILY')
        _click(_get(Button) { it.withText('Save as a new version') })

        then: 'in the words a pack with that rule gets, and at the field'
        textOf(_get(TermsOfReferenceView)).contains("The cadence's rule (cadence.rrule): meetings can repeat weekly or monthly, not daily")
        def pattern = _get(TextField) { it.withLabel('Meeting pattern as a repeat rule') }
        pattern.invalid
        pattern.errorMessage == 'Meetings can repeat weekly or monthly, not daily (FREQ=WEEKLY or FREQ=MONTHLY).'
        client.termsOfReference(group.id()).version() == before
    }

    def "the form refuses #why with the message at its field, as the API and a pack do (TermsOfReferenceRulesSpec)"() {
        given:
        signInAs('admin@southampton.demo')
        def client = uk.reviewhub.ui.TestSystem.instance.uiContext.getBean(PartnershipClient)
        def group = client.groups().first()
        int before = client.termsOfReference(group.id()).version()
        UI.current.navigate(TermsOfReferenceView)
        _click(_get(Button) { it.withText('Edit the terms of reference') })
        def field = _get(type) { it.withLabel(label) }

        when:
        userEnters(field, value)
        _click(_get(Button) { it.withText('Save as a new version') })

        then:
        field.invalid
        field.errorMessage == message
        client.termsOfReference(group.id()).version() == before

        where:
        why                         | type         | label                                           | value          || message
        'a quorum of 0'             | IntegerField | 'Minimum number of different agencies present'  | 0              || 'Must be at least 1.'
        'a quorum of 999'           | IntegerField | 'Minimum number of different agencies present'  | 999            || 'Must be at most 50.'
        'a yearly cadence'          | TextField    | 'Meeting pattern as a repeat rule'              | 'FREQ=YEARLY'  || 'Meetings can repeat weekly or monthly, not yearly (FREQ=WEEKLY or FREQ=MONTHLY).'
        'a rule with no FREQ'       | TextField    | 'Meeting pattern as a repeat rule'              | 'INTERVAL=6'   || 'Is a recurrence rule that starts with FREQ=, e.g. FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2.'
        'a very long rule in words' | TextArea     | 'Quorum rule in words'                          | 'x' * 2001     || 'Must be at most 2000 characters.'
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

    def "a partnership admin adds a deadline, removes a measure and a link, and sees the new version"() {
        given:
        signInAs('admin@southampton.demo')
        def client = uk.reviewhub.ui.TestSystem.instance.uiContext.getBean(PartnershipClient)
        def group = client.groups().first()
        def read = client.termsOfReference(group.id())
        def removedMeasure = new TermsApi.PerformanceMeasure('quorate', 'Meetings quorate', 90)
        client.updateTermsOfReference(group.id(), new TermsOfReferenceUpdate(read.version(), read.purpose(), read.functions(),
                read.reportingLine(), read.cadence(), read.quorum(), read.deadlines(), read.performanceMeasures() + [removedMeasure],
                read.links(), read.lastReviewedOn(), read.reviewDueOn()))
        def terms = client.termsOfReference(group.id())
        int before = terms.version()
        int deadlineCount = terms.deadlines().size()
        UI.current.navigate(TermsOfReferenceView)
        _click(_get(Button) { it.withText('Edit the terms of reference') })

        when: 'a deadline is added by keyboard-reachable buttons and labelled fields'
        _click(_get(Button) { it.withText('Add a deadline') })
        int n = deadlineCount + 1
        userEnters(_get(TextField) { it.withLabel("Deadline $n: code") }, 'action-log-circulated')
        userEnters(_get(TextField) { it.withLabel("Deadline $n: label") }, 'Action log circulated')
        userEnters(_get(IntegerField) { it.withLabel("Deadline $n: working days") }, 3)
        userEnters(_get(Select) { it.withLabel("Deadline $n: before or after the meeting") }, 'AFTER')

        and: 'the first performance measure is removed by its named button'
        _click(_get(Button) { it.withText("Remove performance measure ${removedMeasure.label()}") })
        _click(_get(Button) { it.withText('Save as a new version') })

        then: 'the new version has the deadline and not the measure'
        _get(Paragraph) { it.withId('terms-of-reference-message') }.text == "Saved as version ${before + 1}."
        def saved = client.termsOfReference(group.id())
        saved.version() == before + 1
        saved.deadlines().last().code() == 'action-log-circulated'
        saved.deadlines().last().workingDays() == 3
        saved.deadlines().last().direction() == 'AFTER'
        !(removedMeasure.code() in saved.performanceMeasures()*.code())
        textOf(_get(TermsOfReferenceView)).contains('Action log circulated: 3 working days after the meeting')
    }

    def "a deadline code already used is refused in words, and nothing is saved"() {
        given:
        signInAs('admin@southampton.demo')
        def client = uk.reviewhub.ui.TestSystem.instance.uiContext.getBean(PartnershipClient)
        def group = client.groups().first()
        def terms = client.termsOfReference(group.id())
        int n = terms.deadlines().size() + 2
        UI.current.navigate(TermsOfReferenceView)
        _click(_get(Button) { it.withText('Edit the terms of reference') })

        when: 'two new deadlines are given the same code'
        [n - 1, n].each { row ->
            _click(_get(Button) { it.withText('Add a deadline') })
            userEnters(_get(TextField) { it.withLabel("Deadline $row: code") }, 'panel-report')
            userEnters(_get(TextField) { it.withLabel("Deadline $row: label") }, "Panel report $row".toString())
            userEnters(_get(IntegerField) { it.withLabel("Deadline $row: working days") }, 2)
        }
        _click(_get(Button) { it.withText('Save as a new version') })

        then:
        textOf(_get(TermsOfReferenceView)).contains("Deadline $n's code (deadlines[${n - 1}].code): two deadlines have the code panel-report; each code is used once.")
        client.termsOfReference(group.id()).version() == terms.version()
    }
}
