package uk.reviewhub.ui.casereview

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.combobox.ComboBox
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.notification.Notification
import com.vaadin.flow.component.radiobutton.RadioButtonGroup
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import uk.reviewhub.api.casereview.Nature
import uk.reviewhub.api.casereview.ReviewKind
import uk.reviewhub.ui.CaseApi
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.Dates
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

        and: 'the saving is said where the form was, announced, not in a corner notification'
        def news = _get(Paragraph) { it.withId('case-saved') }
        news.text == 'The rapid review saved.'
        news.element.getAttribute('role') == 'status'
        news.parent.get() == _get(Section) { it.withId('case-section-rapid-review') }
        _find(Notification).isEmpty()

        when: 'the partners decide on an LCSPR'
        click('Record the decision')
        userEnters(_get(RadioButtonGroup) { it.withLabel('Decision') } as RadioButtonGroup<ReviewKind>, ReviewKind.LCSPR)
        userEnters(area('Rationale'), 'Criteria met')
        userEnters(_get(TextField) { it.withLabel('Decided by') }, 'The three partners')
        userEnters(date('Date of the decision'), day.plusDays(3))
        click('Save the decision')

        then:
        stage() == 'Stage: Decided. Serious incident notification (SIN).'
        _get(Paragraph) { it.withId('case-saved') }.text == 'The decision saved.'
        _get(Paragraph) { it.withId('case-saved') }.parent.get() == _get(Section) { it.withId('case-section-partners-decision') }

        when: 'the review is commissioned without its date'
        click('Commission the review')
        _click(_find(Button) { it.withText('Commission the review') }.last())

        then: 'the date is asked for at the field, and nothing is commissioned'
        date('Date commissioned').invalid
        date('Date commissioned').errorMessage == 'Enter the date commissioned.'
        stage() == 'Stage: Decided. Serious incident notification (SIN).'

        when: 'the review is commissioned, with a recommendation'
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

    def "the case's forms say at the field what is missing, send nothing, and open with what was recorded"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def created = api.sin(CaseApi.uniqueReference('PAGE-BIND'), CaseApi.weekdaysAgo(5))
        signInAs('chair@norfolk.demo')
        UI.current.navigate(CasePage, CasePage.parameters(created.id()))
        String before = stage()

        when: 'the case is edited with its reference and child cleared'
        click('Edit the case')
        TextField reference = _get(TextField) { it.withLabel('Local authority case reference') }
        TextField child = _get(TextField) { it.withLabel("Child's initials or pseudonym") }
        String recorded = reference.value
        userEnters(reference, '')
        userEnters(child, '')
        click('Save the case')

        then: 'each says what is missing, and the case is as it was'
        reference.invalid
        reference.errorMessage == "Enter the local authority's case reference."
        child.errorMessage == 'Enter initials or a pseudonym.'
        api.get(created.id()).laCaseReference() == recorded
        stage() == before

        when: 'the rapid review is recorded, then its form opened again'
        click('Record the rapid review')
        TextArea agencies = area('Agencies involved (one a line)')
        assert agencies.maxLength == 50 * 101 - 1: 'the contract: up to 50 agencies of up to 100 characters, one a line'
        assert agencies.helperText == 'One a line: up to 50, each up to 100 characters.'
        userEnters(area('Facts'), 'Bruising seen at nursery')
        userEnters(area('Agencies involved (one a line)'), 'Police\nHealth')
        click('Save the rapid review')
        click('Update the rapid review (send to the Panel, its response)')

        then: 'the form holds what was recorded'
        area('Facts').value == 'Bruising seen at nursery'
        area('Agencies involved (one a line)').value == 'Police\nHealth'
        api.get(created.id()).rapidReview().agenciesInvolved() == ['Police', 'Health']
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

    def "a chair records a milestone's completion and sees it in the milestones and on the timeline"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def created = api.commissioned(CaseApi.uniqueReference('PAGE-MS'))
        LocalDate dueOn = LocalDate.now().plusWeeks(2)
        api.milestone(created, 'Chronology received', dueOn)
        LocalDate doneOn = LocalDate.now().minusDays(1)
        signInAs('chair@norfolk.demo')
        UI.current.navigate(CasePage, CasePage.parameters(created.id()))

        expect: 'not completed yet'
        textOf(_get(NativeTable) { it.withId('milestones') }).contains('Not yet')

        when:
        click('Record completion')
        userEnters(date('Completed on'), doneOn)
        click('Save the milestone')

        then:
        def milestones = textOf(_get(NativeTable) { it.withId('milestones') })
        !milestones.contains('Not yet')
        milestones.contains(Dates.cell(doneOn))
        def step = _get(NativeTable) { it.withId('timeline') }.body.children
                .filter { textOf(it).contains('Milestone: Chronology received') }.findFirst().get()
        textOf(step).contains(Dates.cell(doneOn))
        named('Edit milestone Chronology received').text == 'Edit'
    }

    def "a chair edits a recommendation's text"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def created = api.commissioned(CaseApi.uniqueReference('PAGE-REC'))
        signInAs('chair@norfolk.demo')
        UI.current.navigate(CasePage, CasePage.parameters(created.id()))

        when:
        click('Edit')
        TextArea text = area('Recommendation')
        assert text.value == 'Improve information sharing'
        userEnters(text, 'Share information within a day')
        click('Save the recommendation')

        then:
        def table = textOf(_get(NativeTable) { it.withId('recommendations') })
        table.contains('Share information within a day')
        !table.contains('Improve information sharing')
        api.get(created.id()).review().recommendations().first().text() == 'Share information within a day'
    }

    def "a chair moves an action's due date, keeping its owner and agency"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def created = api.commissioned(CaseApi.uniqueReference('PAGE-ACT'))
        def action = api.action(created, 'Audit the referrals', LocalDate.now().plusMonths(1))
        LocalDate newDue = LocalDate.now().plusMonths(3)
        signInAs('chair@norfolk.demo')
        UI.current.navigate(CasePage, CasePage.parameters(created.id()))

        when:
        _click(named('Edit action: Audit the referrals'))
        assert _get(TextField) { it.withLabel('Owner') }.value == 'Owner Name'
        userEnters(date('Due date'), newDue)
        click('Save the action')

        then:
        def actions = textOf(_get(NativeTable) { it.withId('case-actions') })
        actions.contains(Dates.cell(newDue))
        actions.contains('Owner Name')
        actions.contains(action.agencyName())
    }

    def "editing a recommendation someone else changed since it was read is refused with the reason"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def created = api.commissioned(CaseApi.uniqueReference('PAGE-RSTALE'))
        signInAs('chair@norfolk.demo')
        UI.current.navigate(CasePage, CasePage.parameters(created.id()))
        click('Edit')

        when: 'someone else changes the recommendation first'
        api.updateRecommendation(created.review().recommendations().first(), 'Changed elsewhere')
        userEnters(area('Recommendation'), 'My change')
        click('Save the recommendation')

        then:
        textOf(_get(CasePage)).contains('changed by someone else since you read it: reload it and try again')
        _get(Button) { it.withText('Save the recommendation') }
    }

    def "a member is offered no edit of milestones, recommendations or actions"() {
        given:
        def api = new CaseApi('chair@norfolk.demo')
        def created = api.commissioned(CaseApi.uniqueReference('PAGE-RO'))
        api.milestone(created, 'Panel meeting', LocalDate.now().plusWeeks(1))
        api.action(created, 'Train staff', LocalDate.now().plusMonths(1))
        signInAs('member@norfolk.demo')

        when:
        UI.current.navigate(CasePage, CasePage.parameters(created.id()))

        then:
        _find(Button) { it.withText('Edit') }.isEmpty()
        _find(Button) { it.withText('Record completion') }.isEmpty()
    }

    /** The one visible button with this accessible name (a per-row button's aria-label). */
    private static Button named(String accessibleName) {
        def buttons = _find(Button).findAll { it.element.getAttribute('aria-label') == accessibleName }
        assert buttons.size() == 1: "one button named '${accessibleName}'"
        buttons.first()
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
