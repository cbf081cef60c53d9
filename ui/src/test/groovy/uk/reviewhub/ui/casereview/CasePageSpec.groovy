package uk.reviewhub.ui.casereview

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.combobox.ComboBox
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.component.radiobutton.RadioButtonGroup
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import uk.reviewhub.api.casereview.Nature
import uk.reviewhub.api.casereview.ReviewKind
import uk.reviewhub.ui.CaseApi
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.StatusLight

import java.time.LocalDate

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class CasePageSpec extends ViewSpec {

    def "the timeline shows every step with its due date, actual date and status in words"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def created = api.sin(CaseApi.uniqueReference('PAGE-TL'), CaseApi.weekdaysAgo(30))
        signInAs('member@norfolk.demo')

        when:
        UI.current.navigate(CasePage, CasePage.parameters(created.id()))

        then:
        def timeline = _get(NativeTable) { it.withId('timeline') }
        def text = textOf(timeline)
        created.timeline().every { step -> text.contains(step.title()) }
        _find(timeline, StatusLight).size() == created.timeline().size()
        _find(timeline, StatusLight).any { textOf(it).startsWith('Overdue') && it.hasClassName('rh-light--red') }

        and: 'a member sees no step forms'
        _find(Button).findAll { it.text.startsWith('Record') || it.text.startsWith('Edit') || it.text.startsWith('Update') }.isEmpty()
    }

    def "the chair takes a SIN through rapid review, the Panel, a decision, commissioning, a recommendation and an action"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        LocalDate day = CaseApi.weekdaysAgo(15)
        def created = api.sin(CaseApi.uniqueReference('PAGE-FLOW'), day)
        signInAs('chair@norfolk.demo')
        UI.current.navigate(CasePage, CasePage.parameters(created.id()))

        when: 'the rapid review is recorded and sent to the Panel'
        click('Record the rapid review')
        userEnters(date('Meeting date'), day.plusDays(1))
        userEnters(area('Facts'), 'What happened')
        userEnters(_get(RadioButtonGroup) { it.withLabel('Recommendation to the partners') } as RadioButtonGroup<ReviewKind>, ReviewKind.LCSPR)
        userEnters(date('Date sent to the National Panel'), day.plusDays(2))
        click('Save the rapid review')

        then:
        stage() == 'Stage: With the National Panel. Serious incident notification (SIN).'

        when: 'the partners decide on an LCSPR'
        click('Record the decision')
        userEnters(_get(RadioButtonGroup) { it.withLabel('Decision') } as RadioButtonGroup<ReviewKind>, ReviewKind.LCSPR)
        userEnters(area('Rationale'), 'Criteria met')
        userEnters(_get(TextField) { it.withLabel('Decided by') }, 'The three partners')
        userEnters(date('Date of the decision'), day.plusDays(3))
        click('Save the decision')

        then:
        stage() == 'Stage: Decided. Serious incident notification (SIN).'

        when: 'the review is commissioned, with a recommendation'
        click('Commission the review')
        userEnters(date('Date commissioned'), day.plusDays(4))
        _click(_find(Button) { it.withText('Commission the review') }.last())
        click('Add a recommendation')
        userEnters(area('Recommendation'), 'Share information sooner')
        click('Add the recommendation')

        then:
        stage() == 'Stage: Review in progress. Serious incident notification (SIN).'
        textOf(_get(NativeTable) { it.withId('recommendations') }).contains('Share information sooner')

        when: 'an action is added for recommendation 1'
        click('Add an action')
        ComboBox agency = _get(ComboBox) { it.withLabel('Owning agency') }
        userEnters(agency, agency.listDataView.items.findFirst().get())
        userEnters(_get(TextField) { it.withLabel('Owner') }, 'Head of Service')
        userEnters(area('Action'), 'Write the information-sharing protocol')
        userEnters(date('Due date'), LocalDate.now().plusMonths(2))
        click('Add the action')

        then:
        def actions = _get(NativeTable) { it.withId('case-actions') }
        textOf(actions).contains('Recommendation 1')
        textOf(actions).contains('Write the information-sharing protocol')
        _find(actions, StatusLight).size() == 1
    }

    def "an illegal step is refused with the backend's reason, and the form stays open"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def created = api.sin(CaseApi.uniqueReference('PAGE-GUARD'), CaseApi.weekdaysAgo(5))
        signInAs('chair@norfolk.demo')
        UI.current.navigate(CasePage, CasePage.parameters(created.id()))

        when: 'a decision before the rapid review went to the Panel'
        click('Record the decision')
        userEnters(_get(RadioButtonGroup) { it.withLabel('Decision') } as RadioButtonGroup<ReviewKind>, ReviewKind.NO_REVIEW)
        userEnters(area('Rationale'), 'Too early')
        userEnters(_get(TextField) { it.withLabel('Decided by') }, 'Partners')
        userEnters(date('Date of the decision'), LocalDate.now())
        click('Save the decision')

        then:
        textOf(_get(CasePage)).contains('The partners cannot decide before the rapid review has been sent to the National Panel.')
        _get(Button) { it.withText('Save the decision') }
    }

    def "a stale version says someone else changed the case"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def created = api.sin(CaseApi.uniqueReference('PAGE-STALE'), CaseApi.weekdaysAgo(5))
        signInAs('support@norfolk.demo')
        UI.current.navigate(CasePage, CasePage.parameters(created.id()))
        click('Edit the case')

        when: 'someone else changes the case first'
        api.update(created, [nature: Nature.DEATH])
        userEnters(_get(TextField) { it.withLabel("Child's initials or pseudonym") }, 'ZZ')
        click('Save the case')

        then:
        textOf(_get(CasePage)).contains('changed by someone else since you read it: reload it and try again')
    }

    def "business support records facts and dates but is offered no decision"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def created = api.sin(CaseApi.uniqueReference('PAGE-BS'), CaseApi.weekdaysAgo(5))
        signInAs('support@norfolk.demo')

        when:
        UI.current.navigate(CasePage, CasePage.parameters(created.id()))

        then:
        _get(Button) { it.withText('Record the rapid review') }
        _find(Button) { it.withText('Record the decision') }.isEmpty()
    }

    private static void click(String text) {
        _click(_get(Button) { it.withText(text) })
    }

    private static DatePicker date(String label) {
        _get(DatePicker) { it.withLabel(label) }
    }

    private static TextArea area(String label) {
        _get(TextArea) { it.withLabel(label) }
    }

    private static String stage() {
        textOf(_get(CasePage).children.filter { it.id.orElse('') == 'case-stage' }.findFirst().get())
    }
}
