package uk.reviewhub.ui.meeting

import uk.reviewhub.api.vocabulary.FinancialYear;
import uk.reviewhub.ui.shell.NotAllowedView
import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.Anchor
import com.vaadin.flow.component.html.DescriptionList
import com.vaadin.flow.component.html.NativeTable
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.router.QueryParameters
import uk.reviewhub.ui.TestSystem
import uk.reviewhub.ui.ViewSpec

import java.math.BigDecimal
import java.nio.charset.StandardCharsets
import java.time.LocalDate
import java.util.concurrent.ThreadLocalRandom

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/** Norfolk's independent chair logs days against 24 days a year, then 40 from April 2025, and downloads a timesheet. */
class ChairDaysViewSpec extends ViewSpec {

    static String summary() {
        textOf(_get(Section) { it.withId('chair-days-summary') })
    }

    def "the allocation follows the year: #allocation in the year from April #year"() {
        given:
        signInAs('chair@norfolk.demo')

        when:
        UI.current.navigate(ChairDaysView, QueryParameters.of('year', year.toString()))

        then:
        summary().contains("Allocation$allocation")
        summary().contains('April ' + year + ' to March ' + (year + 1))

        where:
        year | allocation
        2024 | '24 days (the 2018 post)'
        2025 | '40 days'
    }

    def "the chair logs part of a day: used and remaining change, and the quarter's timesheet has it"() {
        given: 'a day in this year, so far'
        signInAs('chair@norfolk.demo')
        LocalDate today = MeetingData.today()
        int year = FinancialYear.containing(today).startYear()
        LocalDate start = new FinancialYear(year).from()
        LocalDate day = start.plusDays(ThreadLocalRandom.current().nextLong(today.toEpochDay() - start.toEpochDay() + 1))
        int quarter = (int) ((day.monthValue + 8) % 12).intdiv(3) + 1
        String work = "Reviewed the SPRG's draft report ${UUID.randomUUID()}"
        UI.current.navigate(ChairDaysView)
        def before = TestSystem.instance.uiContext.getBean(ChairDaysClient).year(MeetingData.groupId(), year)

        when:
        userEnters(_get(DatePicker) { it.withLabel('Date worked') }, day)
        userEnters(_get(Select) { it.withLabel('Time worked') } as Select<BigDecimal>, new BigDecimal('0.25'))
        userEnters(_get(TextArea) { it.withLabel('Work done') }, work)
        _click(_get(Button) { it.withText('Log the day') })

        then: 'the message, the entry and the new totals'
        _get(Paragraph) { it.withId('chair-days-message') }.text == "A quarter of a day logged for ${uk.reviewhub.ui.shell.Dates.format(day)}."
        textOf(_get(NativeTable)).contains(work)
        summary().contains('Used' + ChairDaysView.days(before.daysUsed() + 0.25))
        summary().contains(ChairDaysView.days(before.daysRemaining() - 0.25) + ' remaining')

        and: 'the timesheet link carries no token; the timesheet of the quarter lists the work'
        def link = _get(Anchor) { it.withId('chair-days-csv') }
        !link.href.contains('token') && !link.href.contains('ey')
        new String(_get(ChairDaysView).timesheet(quarter), StandardCharsets.UTF_8).contains(work)
    }

    def "nothing is logged without the work done"() {
        given:
        signInAs('support@norfolk.demo')
        UI.current.navigate(ChairDaysView)

        when:
        userEnters(_get(DatePicker) { it.withLabel('Date worked') }, MeetingData.today())
        _click(_get(Button) { it.withText('Log the day') })

        then:
        _get(TextArea) { it.withLabel('Work done') }.invalid
        textOf(_get(ChairDaysView)).contains('Check the fields marked')
    }

    def "a partnership admin reads the days but logs none; a member is not let in"() {
        given:
        signInAs('admin@norfolk.demo')

        when:
        UI.current.navigate(ChairDaysView)

        then:
        _get(Section) { it.withId('chair-days-summary') }
        _find(Button) { it.withText('Log the day') }.isEmpty()

        when:
        signInAs('member@norfolk.demo')
        UI.current.navigate(ChairDaysView)

        then:
        currentView() instanceof NotAllowedView
        _find(ChairDaysView).isEmpty()
    }
}
