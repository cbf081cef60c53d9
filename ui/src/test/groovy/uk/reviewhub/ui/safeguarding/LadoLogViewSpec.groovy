package uk.reviewhub.ui.safeguarding

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.sidenav.SideNavItem
import com.vaadin.flow.component.textfield.TextField
import com.vaadin.flow.router.QueryParameters
import uk.reviewhub.api.vocabulary.EmployerSector
import uk.reviewhub.api.vocabulary.LadoOutcome
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.NotAllowedView

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * The LADO log: support records a referral with the person's sector and role (a name is marked on
 * its field and nothing is added), the chair of the meeting records the actions and the outcome and
 * then is offered no form, another chair does not see it, and nobody outside the service gets in.
 */
class LadoLogViewSpec extends ViewSpec {

    static TextField field(String label) {
        _get(TextField) { it.withLabel(label) }
    }

    static final String ROLE = "The person's role (never their name)"

    def "support records a referral and sees it in full and in the log; the menu offers the LADO log"() {
        given:
        signInAs(SafeguardingData.SUPPORT)
        UI.current.navigate(LadoLogView)
        // letters only: a run of digits would read as a case number
        String role = 'Football coach ' + SafeguardingData.reference().substring(3, 9).toLowerCase().replaceAll('[0-9]', 'q')

        expect:
        _find(SideNavItem)*.label.contains('LADO log')

        when:
        userEnters(_get(DatePicker) { it.withLabel('The allegation became known on') }, SafeguardingData.today().minusDays(2))
        userEnters(_get(DatePicker) { it.withLabel('Referred to the designated officer on') }, SafeguardingData.today().minusDays(1))
        _get(Select) { it.withLabel('Employer sector') }.value = EmployerSector.SPORT_AND_LEISURE
        userEnters(field(ROLE), role)
        _click(_get(Button) { it.withText('Record the referral') })

        then: 'the allegation is shown, its referral clock in words, and it is in the log'
        currentView() instanceof LadoLogView
        String shown = textOf(_get(Section) { it.withId('lado-allegation') })
        shown.contains(role)
        shown.contains('Sport and leisure')
        shown.contains('Met late') || shown.contains('Met on time')
        textOf(_get(NativeTable) { it.withId('lado-table') }).contains(role)
    }

    def "a role that looks like a name is marked on its field with the backend's words, and nothing is added"() {
        given:
        signInAs(SafeguardingData.MANAGER)
        UI.current.navigate(LadoLogView)
        int before = new SafeguardingData(SafeguardingData.MANAGER).allegations().size()

        when:
        userEnters(_get(DatePicker) { it.withLabel('The allegation became known on') }, SafeguardingData.today())
        _get(Select) { it.withLabel('Employer sector') }.value = EmployerSector.HEALTH
        userEnters(field(ROLE), 'Nurse Mrs Patel')
        _click(_get(Button) { it.withText('Record the referral') })

        then:
        field(ROLE).invalid
        field(ROLE).errorMessage.contains('Mrs Patel')
        _get(Paragraph) { it.withId('lado-record-message') }.text.startsWith('Problem:')
        new SafeguardingData(SafeguardingData.MANAGER).allegations().size() == before
    }

    def "the meeting's chair records an action and the outcome; then no form is offered; another chair does not see it"() {
        given:
        def allegation = new SafeguardingData(SafeguardingData.MANAGER).allegation('Avery', 'Youth worker')
        def address = QueryParameters.of(LadoLogView.PARAMETER, allegation.id().toString())

        when:
        signInAs(SafeguardingData.CHAIR)
        UI.current.navigate(LadoLogView, address)
        userEnters(field('Action'), 'Employer reviews the rota')
        userEnters(field('Who (a role or agency, not a name)'), 'Youth club manager')
        userEnters(_get(DatePicker) { it.withLabel('Due') }, SafeguardingData.today().plusDays(7))
        _click(_get(Button) { it.withText('Add the action') })

        then:
        textOf(_get(NativeTable) { it.withId('lado-actions') }).contains('Employer reviews the rota')

        when:
        _get(Select) { it.withLabel('Outcome') }.value = LadoOutcome.UNFOUNDED
        userEnters(_get(DatePicker) { it.withLabel('Decided on') }, SafeguardingData.today())
        _click(_get(Button) { it.withText('Record the outcome') })

        then:
        textOf(_get(Section) { it.withId('lado-allegation') }).contains('Unfounded (decided')
        _find(Button) { it.withText('Record the outcome') }.isEmpty()
        _find(Button) { it.withText('Add the action') }.isEmpty()
        _find(Button) { it.withText('Record the referral') }.isEmpty()

        when:
        signInAs(SafeguardingData.CHAIR2)
        UI.current.navigate(LadoLogView)

        then:
        !textOf(_get(LadoLogView)).contains('Youth worker')
    }

    def "nobody outside the safeguarding service is let in"() {
        when:
        signInAs('chair@salford.demo')
        UI.current.navigate(LadoLogView)

        then:
        currentView() instanceof NotAllowedView
    }
}
