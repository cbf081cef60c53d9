package uk.reviewhub.ui.casereview

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.radiobutton.RadioButtonGroup
import com.vaadin.flow.component.textfield.TextField
import uk.reviewhub.api.casereview.AgeBand
import uk.reviewhub.api.casereview.CaseOrigin
import uk.reviewhub.api.casereview.Ethnicity
import uk.reviewhub.api.casereview.Nature
import uk.reviewhub.api.casereview.Sex
import uk.reviewhub.ui.CaseApi
import uk.reviewhub.ui.ViewSpec

import java.time.LocalDate

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class NewCaseViewSpec extends ViewSpec {

    def "business support records a SIN and lands on its case page"() {
        given:
        signInAs('support@norfolk.demo')
        UI.current.navigate(NewCaseView)
        String reference = CaseApi.uniqueReference('NEW')
        LocalDate aware = CaseApi.weekdaysAgo(2)

        when:
        fillIn(reference, aware, aware.plusDays(1))
        _click(_get(Button) { it.withText('Record the case') })

        then:
        def page = _get(CasePage)
        textOf(page).contains("Case $reference")
        textOf(page).contains('Stage: SIN sent.')
    }

    def "missing fields are marked, and the backend's guard is shown in its words"() {
        given:
        signInAs('chair@norfolk.demo')
        UI.current.navigate(NewCaseView)

        when: 'nothing is entered'
        _click(_get(Button) { it.withText('Record the case') })

        then:
        textOf(_get(NewCaseView)).contains('Check the fields marked')
        _get(TextField) { it.withLabel('Local authority case reference') }.invalid

        when: 'a SIN sent before the local authority became aware'
        LocalDate aware = CaseApi.weekdaysAgo(2)
        fillIn(CaseApi.uniqueReference('NEW-BAD'), aware, aware.minusDays(3))
        _click(_get(Button) { it.withText('Record the case') })

        then:
        textOf(_get(NewCaseView)).contains('The serious incident notification cannot be sent before the local authority became aware.')
    }

    def "a reference another case has is warned about at the field; the user may record it anyway"() {
        given:
        String reference = CaseApi.uniqueReference('TWIN')
        new CaseApi('support@norfolk.demo').sin(reference)
        signInAs('support@norfolk.demo')
        UI.current.navigate(NewCaseView)
        LocalDate aware = CaseApi.weekdaysAgo(2)
        def confirm = { _get(com.vaadin.flow.component.checkbox.Checkbox) { it.withLabel('Record it anyway: another case has this reference') } }

        expect: 'no confirmation offered before there is anything to confirm'
        com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.checkbox.Checkbox) {
            it.withLabel('Record it anyway: another case has this reference') }.empty

        when:
        fillIn(reference, aware, aware.plusDays(1))
        _click(_get(Button) { it.withText('Record the case') })

        then: 'the warning is at the reference, and the choice to go on is offered'
        def field = _get(TextField) { it.withLabel('Local authority case reference') }
        field.invalid
        field.errorMessage.startsWith('Another case already has the local authority case reference ' + reference)
        confirm().visible
        currentView() instanceof NewCaseView

        when: 'the user confirms'
        userEnters(confirm(), true)
        _click(_get(Button) { it.withText('Record the case') })

        then:
        textOf(_get(CasePage)).contains("Case $reference")
    }

    private static void fillIn(String reference, LocalDate aware, LocalDate notified) {
        userEnters(radio('How the case came to the group'), CaseOrigin.SIN)
        userEnters(radio('Nature of the incident'), Nature.DEATH)
        userEnters(_get(TextField) { it.withLabel('Local authority case reference') }, reference)
        userEnters(_get(TextField) { it.withLabel("Child's initials or pseudonym") }, 'XY')
        userEnters(radio('Age band'), AgeBand.UNDER_1)
        userEnters(radio('Sex'), Sex.MALE)
        userEnters(radio('Ethnicity'), Ethnicity.MIXED)
        userEnters(_get(DatePicker) { it.withLabel('Date the local authority became aware') }, aware)
        userEnters(_get(DatePicker) { it.withLabel('Date the SIN was sent to the National Panel') }, notified)
    }

    static RadioButtonGroup radio(String label) {
        _get(RadioButtonGroup) { it.withLabel(label) }
    }
}
