package uk.reviewhub.ui.scrutiny

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.checkbox.Checkbox
import com.vaadin.flow.component.checkbox.CheckboxGroup
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import com.vaadin.flow.router.RouterLink
import uk.reviewhub.api.scrutiny.PersonName
import uk.reviewhub.api.vocabulary.ScrutinyMethod
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.Dates
import uk.reviewhub.ui.shell.MainLayout
import uk.reviewhub.ui.shell.NotAllowedView

import java.time.LocalDate

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * Norfolk's scrutineer records a commissioned piece, opens it, logs a day and records an
 * observation against the framework (the check for names answered at the field, then confirmed);
 * the framework's versions are readable; Salford sees that it runs no scrutiny, and a Norfolk
 * member cannot open it.
 */
class ScrutinyViewsSpec extends ViewSpec {

    static LocalDate today() {
        LocalDate.now(Dates.LONDON)
    }

    static <T> T item(Select<T> select, Closure<Boolean> which) {
        select.genericDataView.items.toList().find(which)
    }

    def "a scrutineer records a piece, logs a day on it and records an observation with no names"() {
        given:
        signInAs('scrutineer@norfolk.demo')
        String title = "Front door triage ${UUID.randomUUID().toString().substring(0, 6)}"
        LocalDate commissioned = today().minusDays(60)

        when: 'the programme is opened and the form filled'
        UI.current.navigate(ScrutinyProgrammeView)
        userEnters(_get(TextField) { it.withLabel('Title') }, title)
        userEnters(_get(TextArea) { it.withLabel('Scope') }, 'How contacts are triaged at the front door')
        userEnters(_get(TextArea) { it.withLabel('Questions (one a line, optional)') }, 'Are thresholds applied consistently?\nIs the child seen?')
        userEnters(_get(CheckboxGroup) { it.withLabel('Methodology') } as CheckboxGroup<ScrutinyMethod>,
                [ScrutinyMethod.OBSERVATIONS, ScrutinyMethod.AUDITS] as Set)
        userEnters(_get(TextField) { it.withLabel('Commissioned by') }, 'Lead Safeguarding Partners')
        userEnters(_get(DatePicker) { it.withLabel('Commissioned on') }, commissioned)
        Select<PersonName> lead = _get(Select) { it.withLabel('Lead scrutineer') } as Select<PersonName>
        userEnters(lead, item(lead) { it.name().startsWith('Sam Scrutineer') })
        _click(_get(Button) { it.withText('Record the piece') })

        then: 'it is in the programme, its report due three months on'
        _get(Paragraph) { it.withId('scrutiny-message') }.text == "Piece recorded: ${title}."
        textOf(_get(Section) { it.withId('scrutiny-pieces') }).contains(title)
        textOf(_get(Section) { it.withId('scrutiny-pieces') }).contains(Dates.format(commissioned.plusMonths(3)))

        when: 'the piece is opened'
        UI.current.navigate(_get(RouterLink) { it.withText(title) }.href)

        then:
        currentView() instanceof ScrutinyPieceView
        textOf(_get(Section) { it.withId('scrutiny-piece-details') }).contains('Is the child seen?')
        _get(Paragraph) { it.withId('scrutiny-no-names') }.text.contains("no child's or family member's name")

        when: 'a day is logged'
        userEnters(_get(DatePicker) { it.withLabel('Date worked') }, today().minusDays(2))
        userEnters(_get(TextArea) { it.withLabel('Work done') }, 'Planned the observations')
        _click(_get(Button) { it.withText('Log the day') })

        then:
        textOf(_get(Section) { it.withId('scrutiny-days') }).contains("Scrutiny (${title}): Planned the observations")

        when: 'an observation whose evidence names a parent'
        userEnters(_get(DatePicker) { it.withLabel('Date observed') }, today().minusDays(1))
        userEnters(_get(TextField) { it.withLabel('Team, service or meeting observed') }, 'Strategy discussion')
        Select<String> voice = _get(Select) { it.withLabel("The child's voice and lived experience") } as Select<String>
        userEnters(voice, 'Good')
        TextArea evidence = _get(TextArea) { it.withLabel('Evidence') }
        userEnters(evidence, 'Mrs Smith was not invited to share her view')
        _click(_get(Button) { it.withText('Record the observation') })

        then: 'the warning is at the field, and nothing is recorded'
        evidence.invalid
        evidence.errorMessage.contains('Mrs Smith')
        textOf(_get(Section) { it.withId('scrutiny-observations') }).contains('No observation has been recorded')

        when: 'the evidence is rewritten without the name'
        userEnters(evidence, 'The mother was not invited to share her view')
        _click(_get(Button) { it.withText('Record the observation') })

        then:
        _get(Paragraph) { it.withId('scrutiny-observation-message') }.text.startsWith('Observation recorded: Strategy discussion')
        textOf(_get(Section) { it.withId('scrutiny-observations') }).contains('The mother was not invited to share her view')
        textOf(_get(Section) { it.withId('scrutiny-observations') }).contains('Good')
        textOf(_get(Section) { it.withId('scrutiny-themes') }).contains('Outstanding: 0; Good: 1; Requires improvement: 0; Inadequate: 0')

        when: 'the piece moves on'
        _click(_get(Button) { it.withText('Mark as in progress') })

        then:
        _get(Paragraph) { it.withId('scrutiny-status-message') }.text == 'The piece is now in progress.'
    }

    def "the framework's versions are readable, the pack's first"() {
        given:
        signInAs('chair@norfolk.demo')

        when:
        UI.current.navigate(ScrutinyFrameworkView)

        then:
        textOf(_get(Section) { it.withId('scrutiny-framework') }).contains("The child's voice and lived experience")
        textOf(_get(Section) { it.withId('scrutiny-framework') }).contains('Outstanding, Good, Requires improvement, Inadequate')
        (_get(Select) { it.withId('scrutiny-framework-version') } as Select).genericDataView.items.toList()*.version().contains(1)
    }

    def "a scrutineer writes a new version of the framework with a new domain; the old version stays readable"() {
        given:
        signInAs('scrutineer@norfolk.demo')
        UI.current.navigate(ScrutinyFrameworkView)
        Select<uk.reviewhub.api.scrutiny.FrameworkView> versions = _get(Select) { it.withId('scrutiny-framework-version') } as Select
        int before = versions.genericDataView.items.toList().size()
        def blank = _get(com.vaadin.flow.component.html.FieldSet) { it.withId('scrutiny-framework-new-domain') }

        when:
        userEnters(_get(blank, TextField) { it.withLabel('Code') }, 'supervision')
        userEnters(_get(blank, TextField) { it.withLabel('Name') }, 'Supervision and support of practitioners')
        userEnters(_get(blank, TextArea) { it.withLabel('Rating scale (one a line, best first)') }, 'Good\nRequires improvement\nInadequate')
        _click(_get(Button) { it.withText("Save as version ${before + 1}".toString()) })

        then:
        _get(Paragraph) { it.withId('scrutiny-framework-message') }.text == "Version ${before + 1} saved."
        (_get(Select) { it.withId('scrutiny-framework-version') } as Select).genericDataView.items.toList().size() == before + 1
        textOf(_get(Section) { it.withId('scrutiny-framework') }).contains('Supervision and support of practitioners')
        textOf(_get(Section) { it.withId('scrutiny-framework') }).contains("The child's voice and lived experience")
    }

    def "#who is not offered scrutiny and may not open it"() {
        when:
        signInAs(who)
        UI.current.navigate(ScrutinyProgrammeView)

        then:
        currentView() instanceof NotAllowedView
        _find(ScrutinyProgrammeView).isEmpty()
        !textOf(_get(MainLayout)).contains('Independent scrutiny')

        where:
        who << ['chair@salford.demo', 'member@norfolk.demo']
    }

    def "an admin is offered scrutiny only where the partnership runs it (#who)"() {
        when:
        signInAs(who)

        then:
        textOf(_get(MainLayout)).contains('Independent scrutiny') == offered

        where:
        who                   | offered
        'admin@norfolk.demo'  | true
        'admin@salford.demo'  | false
    }

    def "a scrutineer lands on the programme and sees it in the menu"() {
        when:
        signInAs('scrutineer2@norfolk.demo')

        then:
        currentView() instanceof ScrutinyProgrammeView
        textOf(_get(MainLayout)).contains('Independent scrutiny')
        !textOf(_get(MainLayout)).contains('Dashboard')
    }
}
