package uk.reviewhub.ui.safeguarding

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.sidenav.SideNavItem
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.router.QueryParameters
import uk.reviewhub.api.vocabulary.IssueCategory
import uk.reviewhub.api.vocabulary.IssueOutcome
import uk.reviewhub.api.vocabulary.IssueStepKind
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.NotAllowedView

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * The issue register and the child's part of the Issue Resolution Process: the chair raises an issue
 * from the child's page (a name is marked on its field and nothing is added), escalates it skipping
 * a stage and records the outcome, after which no form is offered; support records a response but is
 * offered neither escalation nor the outcome; the manager filters the register by chair and stage and
 * sees an old issue flagged overdue; nobody outside the service gets in.
 */
class IssueRegisterViewSpec extends ViewSpec {

    /** The text of each row of a table. */
    static List<String> rows(NativeTable table) {
        table.element.children.toList().findAll { !it.textNode }.collectMany { part ->
            part.tag == 'tr' ? [part.textRecursively]
                    : part.children.toList().findAll { !it.textNode && it.tag == 'tr' }.collect { it.textRecursively }
        } as List<String>
    }

    static TextArea area(String label) {
        _get(TextArea) { it.withLabel(label) }
    }

    def "the chair raises an issue on the child's page, escalates it past a stage and resolves it; then no form is offered"() {
        given:
        def child = new SafeguardingData(SafeguardingData.MANAGER).allocatedChild('Avery')
        String summary = 'Care plan review postponed twice ' + SafeguardingData.reference().substring(3, 7).toLowerCase().replaceAll('[0-9]', 'q')
        signInAs(SafeguardingData.CHAIR)
        UI.current.navigate(ChildPage, child.id().toString())

        expect:
        _find(SideNavItem)*.label.contains('Issue register')
        textOf(_get(Section) { it.withId('child-issues') }).contains('No issue raised about this child.')

        when: 'a summary naming someone is marked on its field, and nothing is added'
        _get(Select) { it.withLabel('What it is about') }.value = IssueCategory.CARE_PLAN
        userEnters(area('Summary (no names)'), 'Mrs Jones did not attend')
        _click(_get(Button) { it.withText('Raise the issue') })

        then:
        area('Summary (no names)').invalid
        area('Summary (no names)').errorMessage.contains('Mrs Jones')
        _get(Paragraph) { it.withId('irp-raise-message') }.text.startsWith('Problem:')
        textOf(_get(Section) { it.withId('child-issues') }).contains('No issue raised about this child.')

        when: 'raised without names'
        userEnters(area('Summary (no names)'), summary)
        _click(_get(Button) { it.withText('Raise the issue') })

        then: 'the issue is shown in full in the register, at the informal stage with its clocks in words'
        currentView() instanceof IssueRegisterView
        String shown = textOf(_get(Section) { it.withId('irp-issue') })
        shown.contains(summary)
        shown.contains('Informal (social worker and team manager) (informal) since')
        shown.contains('5 working days after the issue reached the stage')
        shown.contains('20 working days after the issue was raised')
        textOf(_get(NativeTable) { it.withId('irp-table') }).contains(child.caseReference())

        when: 'escalated straight to the service manager'
        _get(Select) { it.withLabel('Step') }.value = IssueStepKind.ESCALATED
        _get(Select) { it.withLabel('Escalated to') }.value = 'service-manager'
        userEnters(_get(DatePicker) { it.withLabel('On') }, SafeguardingData.today())
        _click(_get(Button) { it.withText('Record the step') })

        then:
        textOf(_get(Section) { it.withId('irp-issue') }).contains('Service manager since')
        textOf(_get(NativeTable) { it.withId('irp-steps') }).contains('Escalated')
        !_get(Select) { it.withLabel('Escalated to') }.listDataView.items.toList().contains('team-manager')

        when: 'the chair records it resolved'
        _get(Select) { it.withLabel('Outcome') }.value = IssueOutcome.RESOLVED
        userEnters(_get(DatePicker) { it.withLabel('Decided on') }, SafeguardingData.today())
        _click(_get(Button) { it.withText('Record the outcome') })

        then:
        textOf(_get(Section) { it.withId('irp-issue') }).contains('Resolved (')
        _find(Button) { it.withText('Record the step') }.isEmpty()
        _find(Button) { it.withText('Record the outcome') }.isEmpty()
    }

    def "support records a response and is offered neither escalation nor the outcome"() {
        given:
        def child = new SafeguardingData(SafeguardingData.MANAGER).allocatedChild('Avery')
        def issue = new SafeguardingData(SafeguardingData.CHAIR).issue(child.id(), 'Contact arrangements unclear')
        signInAs(SafeguardingData.SUPPORT)
        UI.current.navigate(IssueRegisterView, QueryParameters.of(IssueRegisterView.PARAMETER, issue.id().toString()))

        expect:
        _get(Select) { it.withLabel('Step') }.listDataView.items.toList() == [IssueStepKind.RESPONSE]
        _find(Button) { it.withText('Record the outcome') }.isEmpty()

        when:
        userEnters(_get(DatePicker) { it.withLabel('On') }, SafeguardingData.today())
        userEnters(area('Note (no names)'), 'Team manager agreed to review contact')
        _click(_get(Button) { it.withText('Record the step') })

        then:
        textOf(_get(NativeTable) { it.withId('irp-steps') }).contains('Team manager agreed to review contact')
        new SafeguardingData(SafeguardingData.SUPPORT).issue(issue.id()).respondedOn() == SafeguardingData.today()
    }

    def "the manager filters the register by chair and stage, and an old open issue is flagged overdue"() {
        given:
        def manager = new SafeguardingData(SafeguardingData.MANAGER)
        def mine = manager.allocatedChild('Avery')
        def theirs = manager.allocatedChild('Robin')
        def old = new SafeguardingData(SafeguardingData.CHAIR).issue(mine.id(), 'Placement plan not updated', 60)
        def other = new SafeguardingData(SafeguardingData.CHAIR2).issue(theirs.id(), 'Health assessment late', 1, 'director')
        signInAs(SafeguardingData.MANAGER)
        UI.current.navigate(IssueRegisterView)

        expect: 'the old issue is overdue in the register'
        NativeTable table = _get(NativeTable) { it.withId('irp-table') }
        textOf(table).contains(mine.caseReference())
        rows(table).find { it.contains(mine.caseReference()) }.contains('Overdue')

        when: 'filtered to the director stage'
        _get(Select) { it.withLabel('Stage') }.value = 'director'

        then:
        textOf(_get(NativeTable) { it.withId('irp-table') }).contains(theirs.caseReference())
        !textOf(_get(NativeTable) { it.withId('irp-table') }).contains(mine.caseReference())

        when: 'filtered to the first chair at every stage'
        _get(Select) { it.withLabel('Stage') }.value = 'All'
        Select chair = _get(Select) { it.withLabel('Chair') }
        chair.value = chair.listDataView.items.toList().find { it != null && it.name().contains('Avery') }

        then:
        textOf(_get(NativeTable) { it.withId('irp-table') }).contains(mine.caseReference())
        !textOf(_get(NativeTable) { it.withId('irp-table') }).contains(theirs.caseReference())
        old.overdue()
        !other.overdue()
    }

    def "nobody outside the safeguarding service is let in"() {
        when:
        signInAs('chair@salford.demo')
        UI.current.navigate(IssueRegisterView)

        then:
        currentView() instanceof NotAllowedView
    }
}
