package uk.reviewhub.ui.calendar

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.radiobutton.RadioButtonGroup
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.textfield.IntegerField
import uk.reviewhub.api.calendar.ClockOption
import uk.reviewhub.api.validation.DateWindows
import uk.reviewhub.ui.TestSystem
import uk.reviewhub.ui.ViewSpec

import java.time.Clock

import java.time.LocalDate

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class DeadlineCalculatorViewSpec extends ViewSpec {

    def setup() {
        signInAs('support@norfolk.demo')
        UI.current.navigate(DeadlineCalculatorView)
    }

    def "#amount #unit from #start is due #due, with the explanation from the backend"() {
        when:
        userEnters(_get(DatePicker) { it.withLabel('Start date (the event, day 0)') }, LocalDate.parse(start))
        userEnters(_get(RadioButtonGroup) { it.withLabel('Count in') } as RadioButtonGroup<String>, unit)
        userEnters(_get(IntegerField) { it.withLabel('How many') }, amount)
        _click(_get(Button) { it.withText('Calculate due date') })

        then:
        textOf(_get(Paragraph) { it.withId('due-date') }) == "Due: $due"
        textOf(_get(DeadlineCalculatorView)).contains('Rule: ')

        where:
        start        | unit              | amount || due
        '2023-12-22' | 'Working days'    | 5      || 'Wednesday 03/01/2024'
        '2024-01-03' | 'Working days'    | -5     || 'Friday 22/12/2023'
        '2024-01-31' | 'Calendar months' | 1      || 'Thursday 29/02/2024'
    }

    def "a timescale of the partnership is offered by name, and its due date is the backend's by its code"() {
        expect: 'hidden until the person counts by a timescale'
        _find(Select) { it.withLabel('Timescale') } == []

        when:
        userEnters(_get(DatePicker) { it.withLabel('Start date (the event, day 0)') }, LocalDate.parse('2023-12-22'))
        userEnters(_get(RadioButtonGroup) { it.withLabel('Count in') } as RadioButtonGroup<String>, 'A timescale of this partnership')

        then: 'every clock of the catalogue, by name'
        def timescale = _get(Select) { it.withLabel('Timescale') } as Select<ClockOption>
        _find(IntegerField) { it.withLabel('How many') } == []
        def offered = timescale.listDataView.items.toList()
        offered*.code().containsAll(['sin-notification', 'rapid-review', 'lcspr-publication', 'initial-cp-conference'])
        timescale.itemLabelGenerator.apply(offered.find { it.code() == 'rapid-review' }) ==
                'Rapid review complete and sent to the National Panel (15 working days after the serious incident notification)'

        when:
        userEnters(timescale, offered.find { it.code() == 'rapid-review' })
        _click(_get(Button) { it.withText('Calculate due date') })

        then:
        textOf(_get(Paragraph) { it.withId('due-date') }) == 'Due: Wednesday 17/01/2024'
        textOf(_get(DeadlineCalculatorView)).contains('Rule: 15 working days after')
    }

    def "the help text states the counting convention"() {
        expect:
        def text = textOf(_get(DeadlineCalculatorView))
        text.contains("the event's own day is day 0, whether or not it is a working day")
        text.contains('the due date is the Nth working day before')
        text.contains("the month's last day when it has no such day")
    }

    def "missing fields are marked, and the backend's refusal is shown in its words"() {
        when: 'nothing is entered'
        _click(_get(Button) { it.withText('Calculate due date') })

        then:
        _get(DatePicker) { it.withLabel('Start date (the event, day 0)') }.invalid
        textOf(_get(DeadlineCalculatorView)).contains('Enter a start date and a number.')

        when: 'a date outside the plausible window, typed past the picker'
        def start = _get(DatePicker) { it.withLabel('Start date (the event, day 0)') }
        userEnters(start, LocalDate.of(2101, 1, 5))
        userEnters(_get(IntegerField) { it.withLabel('How many') }, 5)
        _click(_get(Button) { it.withText('Calculate due date') })

        then: "the backend's refusal is on the field, in the words of the window the picker offers"
        def today = DateWindows.today(TestSystem.instance.uiContext.getBean(Clock))
        start.invalid
        start.errorMessage == "The start date must be between ${DateWindows.UK.format(today.minusYears(10))} and ${DateWindows.UK.format(today.plusYears(10))}.".toString()
        start.max == today.plusYears(10)
        start.helperText.startsWith("Between ${DateWindows.UK.format(today.minusYears(10))}")
    }
}
