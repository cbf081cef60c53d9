package uk.reviewhub.ui.meeting

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.Anchor
import com.vaadin.flow.component.html.H2
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.router.QueryParameters
import uk.reviewhub.api.meeting.GenerateMeetingsRequest
import uk.reviewhub.api.validation.DateWindows
import uk.reviewhub.ui.TestSystem
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.StatusLight

import java.time.Clock
import java.time.LocalDate
import java.time.LocalTime

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/** Salford's performance over a past year in which planned meetings were not held: lights in words, print and PDF. */
class PerformanceReportViewSpec extends ViewSpec {

    def "each measure shows its result, target and light in words; the report prints and downloads as PDF"() {
        given: 'planned meetings in the year from April 2019, none of them held'
        signInAs('chair@salford.demo')
        MeetingData.client().generate(MeetingData.groupId(), new GenerateMeetingsRequest(LocalDate.of(2019, 4, 4),
                LocalDate.of(2020, 3, 31), LocalTime.of(10, 0), null))

        when:
        UI.current.navigate(PerformanceReportView, QueryParameters.simple([from: '2019-04-01', to: '2020-03-31']))
        def view = _get(PerformanceReportView)
        def table = _get(NativeTable)
        def rows = table.body.children.toList()

        then: 'the year is chosen and named'
        _get(Select) { it.withLabel('Period') }.value == PerformanceReportView.CHOSEN_DATES
        _get(H2) { it.withText('Case Review and Audit sub-group: 01/04/2019 to 31/03/2020') }

        and: 'five measures, each with a light in words'
        rows.size() == 5
        textOf(rows[0]).startsWith('Planned meetings take place0% (0 of ')
        textOf(rows[0]).contains('90%')
        def lights = _find(table, StatusLight)*.element*.textRecursively
        lights[0] == 'Red: below the target'
        lights.every { it in ['Green: on target', 'Amber: just below the target', 'Red: below the target', 'No data'] }
        lights.count('No data') == 4

        and: 'printable, and a PDF made by the backend; the links carry no token'
        _get(Button) { it.withText('Print') }
        def pdfLink = _get(Anchor) { it.withId('performance-pdf') }
        !pdfLink.href.contains('token') && !pdfLink.href.contains('ey')
        new String(view.pdf(), 0, 5, 'US-ASCII') == '%PDF-'
        view.hasClassName('rh-report')
    }

    def "dates of the user's choosing"() {
        given:
        signInAs('member@salford.demo')
        UI.current.navigate(PerformanceReportView)

        when:
        userEnters(_get(Select) { it.withLabel('Period') } as Select<Integer>, PerformanceReportView.CHOSEN_DATES)
        userEnters(_get(DatePicker) { it.withLabel('From') }, LocalDate.of(2019, 6, 1))
        userEnters(_get(DatePicker) { it.withLabel('To') }, LocalDate.of(2019, 8, 31))
        _click(_get(Button) { it.withText('Show these dates') })

        then:
        _get(H2) { it.withText('Case Review and Audit sub-group: 01/06/2019 to 31/08/2019') }
        _get(NativeTable).body.children.count() == 5
    }

    def "a period the backend refuses is explained"() {
        given:
        signInAs('member@salford.demo')

        when:
        UI.current.navigate(PerformanceReportView, QueryParameters.simple([from: '2019-06-01', to: '2019-01-01']))

        then:
        textOf(_get(PerformanceReportView)).contains('Give a period from one date to a later one')
        _find(NativeTable).isEmpty()
    }

    def "a period outside the plausible dates is refused at the field, and the pickers offer only the window"() {
        given:
        signInAs('member@salford.demo')
        def today = DateWindows.today(TestSystem.instance.uiContext.getBean(Clock))

        when:
        UI.current.navigate(PerformanceReportView, QueryParameters.simple([from: '1900-01-01', to: '2019-01-01']))
        def from = _get(DatePicker) { it.withLabel('From') }

        then:
        from.invalid
        from.errorMessage.startsWith('From must be between ' + DateWindows.UK.format(today.minusYears(10)))
        !_get(DatePicker) { it.withLabel('To') }.invalid
        from.min == today.minusYears(10)
        _get(DatePicker) { it.withLabel('To') }.max == today.plusYears(10)
        _find(NativeTable).isEmpty()
    }
}
