package uk.reviewhub.ui.scrutiny

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.checkbox.Checkbox
import com.vaadin.flow.component.checkbox.CheckboxGroup
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.details.Details
import com.vaadin.flow.component.grid.Grid
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import com.vaadin.flow.component.timepicker.TimePicker
import com.vaadin.flow.router.QueryParameters
import uk.reviewhub.api.actionplan.ActionView
import uk.reviewhub.api.scrutiny.EvidenceView
import uk.reviewhub.api.scrutiny.ObservationView
import uk.reviewhub.api.scrutiny.PersonName
import uk.reviewhub.api.scrutiny.PieceSummary
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.actionplan.CapView
import uk.reviewhub.ui.shell.Dates
import uk.reviewhub.ui.shell.MainLayout

import java.time.DayOfWeek
import java.time.LocalDate
import java.time.LocalTime
import java.time.temporal.TemporalAdjusters

import static com.github.mvysny.kaributesting.v10.GridKt._findAll
import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * The scrutineers' work beyond the first round (issue 12 items 3, 5, 6): the shared schedule (plan,
 * see by week from Monday, cancel, the calendar feed), evidence on a piece's page under the
 * minimal-data rule, a finding drawn from two kinds of evidence and its recommendation put on the
 * CAP (shown there with the source scrutiny), changing the commission; and the partnership admin
 * reading it all with no controls.
 */
class ScrutinyWorkViewsSpec extends ViewSpec {

    static LocalDate today() {
        LocalDate.now(Dates.LONDON)
    }

    static <T> T item(Select<T> select, Closure<Boolean> which) {
        select.genericDataView.items.toList().find(which)
    }

    def "a scrutineer plans an observation, sees it in its week from Monday, cancels it, and makes a calendar feed"() {
        given:
        def piece = ScrutinyData.piece('scrutineer@norfolk.demo')
        signInAs('scrutineer@norfolk.demo')
        String setting = "Initial child protection conference ${ScrutinyData.suffix()}"
        LocalDate on = today().plusDays(9)
        UI.current.navigate(ScrutinyScheduleView)
        def plan = _get(Section) { it.withId('scrutiny-plan') }

        expect: 'the minimal-data note is on the form'
        _get(Paragraph) { it.withId('scrutiny-plan-no-names') }.text.contains("no child's or family member's name")

        when:
        Select<PieceSummary> pieces = _get(plan, Select) { it.withLabel('Piece of scrutiny') } as Select<PieceSummary>
        userEnters(pieces, item(pieces) { it.id() == piece.id() })
        userEnters(_get(plan, DatePicker) { it.withLabel('Day of the observation') }, on)
        userEnters(_get(plan, TimePicker) { it.withLabel('Starts (London time)') }, LocalTime.of(10, 0))
        userEnters(_get(plan, TimePicker) { it.withLabel('Ends (London time)') }, LocalTime.of(11, 30))
        userEnters(_get(plan, TextField) { it.withLabel('Team, service or meeting to observe') }, setting)
        Select<PersonName> observer = _get(plan, Select) { it.withLabel('Observer') } as Select<PersonName>
        userEnters(observer, item(observer) { it.name().startsWith('Sam Scrutineer') })
        _click(_get(plan, Button) { it.withText('Plan the observation') })

        then: 'it is in the week beginning its Monday'
        _get(Paragraph) { it.withId('scrutiny-plan-message') }.text.startsWith("Observation planned: ${setting}")
        String monday = Dates.format(on.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
        _get(Paragraph) { it.withId('scrutiny-schedule-span') }.text.startsWith("Weeks from Monday ${monday}")
        textOf(_get(Section) { it.withId('scrutiny-schedule') }).contains("Week beginning Monday ${monday}")
        textOf(_get(Section) { it.withId('scrutiny-schedule') }).contains(setting)
        textOf(_get(Section) { it.withId('scrutiny-schedule') }).contains('10:00 to 11:30')

        when: 'it is cancelled with a reason'
        Button cancel = _find(Button) { it.withText('Cancel') }.find { it.element.getAttribute('aria-label').contains(setting) }
        _click(cancel)
        userEnters(_get(TextField) { it.withLabel('Why it is cancelled') }, 'The conference was moved')
        _click(_get(Button) { it.withText('Cancel the observation') })

        then:
        _get(Paragraph) { it.withId('scrutiny-cancel-message') }.text.startsWith("Observation cancelled: ${setting}")
        textOf(_get(Section) { it.withId('scrutiny-schedule') }).contains('Cancelled: The conference was moved')

        when: 'the scrutineer makes their calendar feed'
        _click(_get(Button) { it.withText('Make my calendar feed') })

        then: 'its secret address is shown once'
        _get(TextField) { it.withId('scrutiny-feed-url') }.value.contains('/ical/')
        _get(TextField) { it.withId('scrutiny-feed-url') }.value.endsWith('/scrutiny.ics')
    }

    def "on a piece's page a scrutineer records evidence, a triangulated finding, and a recommendation that goes on the CAP"() {
        given: 'a piece with an observation'
        def piece = ScrutinyData.piece('scrutineer@norfolk.demo')
        ScrutinyData.observation('scrutineer@norfolk.demo', piece.id(), 'Strategy discussion at the front door')
        signInAs('scrutineer@norfolk.demo')
        UI.current.navigate(ScrutinyPieceView, ScrutinyPieceView.parameters(piece.id()))
        def evidence = _get(Section) { it.withId('scrutiny-evidence') }

        expect: 'the minimal-data note is on the evidence form'
        _get(Paragraph) { it.withId('scrutiny-evidence-no-names') }.text.contains('by role only')

        when: 'a focus group whose summary names a parent'
        userEnters(_get(evidence, DatePicker) { it.withLabel('Date gathered') }, today().minusDays(2))
        userEnters(_get(evidence, TextField) { it.withLabel('Title') }, 'Focus group with front door social workers')
        userEnters(_get(evidence, TextField) { it.withLabel('Who took part, by role (optional)') }, 'Six social workers')
        TextArea summary = _get(evidence, TextArea) { it.withLabel('Summary') }
        userEnters(summary, 'Mrs Smith was not called back')
        _click(_get(evidence, Button) { it.withText('Record the evidence') })

        then: 'the warning is at the field and nothing is recorded'
        summary.invalid
        summary.errorMessage.contains('Mrs Smith')
        textOf(_get(Section) { it.withId('scrutiny-evidence') }).contains('No focus group, feedback or audit')

        when: 'rewritten without the name'
        userEnters(summary, 'A parent was not called back out of hours')
        _click(_get(evidence, Button) { it.withText('Record the evidence') })

        then:
        _get(Paragraph) { it.withId('scrutiny-evidence-message') }.text == 'Evidence recorded: Focus group with front door social workers.'
        textOf(_get(Section) { it.withId('scrutiny-evidence') }).contains('Focus group: Focus group with front door social workers')

        when: 'a finding draws on the observation and the focus group'
        def form = _get(Section) { it.withId('scrutiny-finding-form') }
        userEnters(_get(form, TextField) { it.withLabel('Finding') }, 'Out-of-hours handover loses information')
        userEnters(_get(form, TextArea) { it.withLabel('What was found') }, 'Seen in practice and told by staff')
        Select<String> rating = _get(form, Select) { it.withLabel('Rating') } as Select<String>
        assert rating.genericDataView.items.toList() == ['Strong practice', 'Good enough', 'Requires improvement', 'Significant concern']
        userEnters(rating, 'Requires improvement')
        CheckboxGroup<ObservationView> observations = _get(form, CheckboxGroup) { it.withLabel('Observations it draws on') } as CheckboxGroup
        userEnters(observations, observations.genericDataView.items.toList() as Set)
        CheckboxGroup<EvidenceView> others = _get(form, CheckboxGroup) { it.withLabel('Focus groups, feedback and audits it draws on') } as CheckboxGroup
        userEnters(others, others.genericDataView.items.toList() as Set)
        _click(_get(form, Button) { it.withText('Record the finding') })

        then: 'it shows its evidence and that it is triangulated'
        _get(Paragraph) { it.withId('scrutiny-finding-message') }.text == 'Finding 1 recorded: Out-of-hours handover loses information.'
        String findings = textOf(_get(Section) { it.withId('scrutiny-findings') })
        findings.contains('Rated: Requires improvement.')
        findings.contains('Observation: Strategy discussion at the front door')
        findings.contains('Focus group: Focus group with front door social workers')
        findings.contains('Triangulated: 2 kinds of evidence support it.')

        when: 'a recommendation with an action on the CAP'
        _click(_get(Button) { it.withText('Make a recommendation on finding 1') })
        def finding = _get(Section) { it.withId('scrutiny-findings') }
        userEnters(_get(finding, TextArea) { it.withLabel('Recommendation') }, 'Hand over in writing out of hours')
        userEnters(_get(finding, Checkbox) { it.withLabel('Put an action on the Composite Action Plan for it') }, true)
        Select<?> agency = _get(finding, Select) { it.withLabel('Agency that owns the action') } as Select
        userEnters(agency, agency.genericDataView.items.toList().first())
        userEnters(_get(finding, TextField) { it.withLabel('Owner (a role)') }, 'Head of the front door')
        String action = "Introduce a written handover ${ScrutinyData.suffix()}"
        userEnters(_get(finding, TextArea) { it.withLabel('The action') }, action)
        userEnters(_get(finding, DatePicker) { it.withLabel('Action due by') }, today().plusMonths(2))
        _click(_get(finding, Button) { it.withText('Record the recommendation') })

        then:
        _get(Paragraph) { it.withId('scrutiny-recommendation-message') }.text ==
                'Recommendation recorded on finding 1, with its action on the Composite Action Plan.'
        textOf(_get(Section) { it.withId('scrutiny-findings') }).contains("Recommendation 1: Hand over in writing out of hours")
        textOf(_get(Section) { it.withId('scrutiny-findings') }).contains("On the Composite Action Plan: ${action}")

        when: "the chair opens the CAP's actions from scrutiny"
        signInAs('chair@norfolk.demo')
        UI.current.navigate('cap', QueryParameters.simple([source: 'SCRUTINY']))
        ActionView onCap = _findAll(_get(Grid) as Grid<ActionView>).find { it.description() == action }

        then: 'the action is there, its source the piece of scrutiny'
        CapView.sourceWords(onCap) == "Scrutiny: ${piece.title()}"
    }

    def "a scrutineer changes the piece's commission; the partnership admin reads the piece with no controls"() {
        given:
        def piece = ScrutinyData.piece('scrutineer@norfolk.demo')
        signInAs('scrutineer@norfolk.demo')
        UI.current.navigate(ScrutinyPieceView, ScrutinyPieceView.parameters(piece.id()))
        def change = _get(Section) { it.withId('scrutiny-change') }
        _get(change, Details).opened = true

        when:
        userEnters(_get(change, TextArea) { it.withLabel('Scope') }, 'Triage, and the out-of-hours handover')
        _click(_get(change, Button) { it.withText('Save the changes') })

        then:
        _get(Paragraph) { it.withId('scrutiny-change-message') }.text == 'Changes saved.'
        textOf(_get(Section) { it.withId('scrutiny-piece-details') }).contains('Triage, and the out-of-hours handover')

        when: 'the admin opens the same piece'
        signInAs('admin@norfolk.demo')
        UI.current.navigate(ScrutinyPieceView, ScrutinyPieceView.parameters(piece.id()))

        then: 'they read it, with its findings and evidence, and are offered nothing to change'
        currentView() instanceof ScrutinyPieceView
        textOf(_get(Section) { it.withId('scrutiny-piece-details') }).contains('Triage, and the out-of-hours handover')
        _find(Section) { it.withId('scrutiny-findings') }.size() == 1
        _find(Section) { it.withId('scrutiny-evidence') }.size() == 1
        _find(Section) { it.withId('scrutiny-change') }.isEmpty()
        _find(Section) { it.withId('scrutiny-finding-form') }.isEmpty()
        _find(Button) { it.withText('Record the evidence') }.isEmpty()
        _find(Button) { it.withText('Log the day') }.isEmpty()
        textOf(_get(MainLayout)).contains('Independent scrutiny')

        when: 'and the schedule and the programme'
        UI.current.navigate(ScrutinyScheduleView)

        then:
        _find(Section) { it.withId('scrutiny-schedule') }.size() == 1
        _find(Section) { it.withId('scrutiny-plan') }.isEmpty()
        _find(Button) { it.withText('Make my calendar feed') }.isEmpty()

        when:
        UI.current.navigate(ScrutinyProgrammeView)

        then:
        _find(Section) { it.withId('scrutiny-commission') }.isEmpty()
    }
}
