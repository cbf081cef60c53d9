package uk.reviewhub.ui.meeting

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.datetimepicker.DateTimePicker
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import com.vaadin.flow.component.timepicker.TimePicker
import uk.reviewhub.ui.ViewSpec

import java.time.DayOfWeek
import java.time.LocalDateTime
import java.time.LocalTime
import java.time.temporal.TemporalAdjusters

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class MeetingsViewSpec extends ViewSpec {

    def "the Salford chair sees an upcoming extra meeting with its status and quorum in words"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Rapid review: Child C', 4)

        when:
        UI.current.navigate(MeetingsView)

        then:
        def upcoming = textOf(_get(Section) { it.withId('upcoming-meetings') })
        upcoming.contains(meeting.title())
        upcoming.contains('Extra meeting')
        upcoming.contains('Planned')
        upcoming.contains('Not yet recorded')
    }

    def "the chair plans meetings from the six-weekly cadence, and planning again adds none"() {
        given:
        signInAs('chair@salford.demo')
        def start = MeetingData.today().plusDays(200).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
        UI.current.navigate(MeetingsView)

        when:
        userEnters(_get(DatePicker) { it.withLabel('First meeting of the series') }, start)
        userEnters(_get(DatePicker) { it.withLabel('Plan meetings up to') }, start.plusWeeks(13))
        userEnters(_get(TimePicker) { it.withLabel('Start time (London)') }, LocalTime.of(13, 30))
        _click(_get(Button) { it.withText('Generate planned meetings') })

        then: 'three meetings, six weeks apart'
        _get(MeetingsView).element.textRecursively.contains('3 meetings planned; 0 were already planned.')
        def upcoming = textOf(_get(Section) { it.withId('upcoming-meetings') })
        [0, 6, 12].every { upcoming.contains(MeetingParts.when(LocalDateTime.of(start.plusWeeks(it), LocalTime.of(13, 30)))) }

        when: 'the same range is planned again'
        userEnters(_get(DatePicker) { it.withLabel('First meeting of the series') }, start)
        userEnters(_get(DatePicker) { it.withLabel('Plan meetings up to') }, start.plusWeeks(13))
        userEnters(_get(TimePicker) { it.withLabel('Start time (London)') }, LocalTime.of(13, 30))
        _click(_get(Button) { it.withText('Generate planned meetings') })

        then:
        textOf(_get(MeetingsView)).contains('0 meetings planned; 3 were already planned.')
    }

    def "the chair adds an extra meeting with its reason"() {
        given:
        signInAs('chair@salford.demo')
        UI.current.navigate(MeetingsView)
        def start = LocalDateTime.of(MeetingData.today().plusDays(9), LocalTime.of(15, 45))

        when:
        userEnters(_get(TextField) { it.withLabel('Title') }, 'Rapid review: Child D')
        userEnters(_get(DateTimePicker) { it.withLabel('Starts (London time)') }, start)
        userEnters(_get(TextArea) { it.withLabel('Reason for the extra meeting') }, 'Serious incident notified')
        _click(_get(Button) { it.withText('Add extra meeting') })

        then:
        textOf(_get(MeetingsView)).contains('Extra meeting added: Rapid review: Child D, ' + MeetingParts.when(start))
        textOf(_get(Section) { it.withId('upcoming-meetings') }).contains('Rapid review: Child D')
    }

    def "a missing reason is said in words, not only by colour"() {
        given:
        signInAs('chair@salford.demo')
        UI.current.navigate(MeetingsView)

        when:
        userEnters(_get(TextField) { it.withLabel('Title') }, 'No reason given')
        _click(_get(Button) { it.withText('Add extra meeting') })

        then:
        def message = _get(MeetingsView).element.children.find { it.getAttribute('id') == 'meetings-message' }
        message.text.startsWith('Problem: ')
        message.getAttribute('role') == 'alert'
    }

    def "a member sees the meetings but not the planning forms"() {
        given:
        signInAs('member@salford.demo')

        when:
        UI.current.navigate(MeetingsView)

        then:
        _find(Section) { it.withId('generate-meetings') }.isEmpty()
        _find(Section) { it.withId('extra-meeting') }.isEmpty()
        _find(Section) { it.withId('upcoming-meetings') }.size() == 1
    }

    def "the calendar shows a month's meetings by day, and moves from month to month"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Calendar meeting', 35)
        def month = java.time.YearMonth.from(meeting.scheduledStart())
        def thisMonth = java.time.YearMonth.from(MeetingData.today())
        UI.current.navigate(MeetingsView)

        when: 'the chair moves on to the month of the meeting'
        (thisMonth.until(month, java.time.temporal.ChronoUnit.MONTHS)).times {
            _click(_get(Button) { it.withText('Next month') })
        }

        then:
        def calendar = _get(Section) { it.withId('meeting-calendar') }
        textOf(calendar).contains('Meetings in ' + month.format(java.time.format.DateTimeFormatter.ofPattern('MMMM yyyy', Locale.UK)))
        textOf(calendar).contains(meeting.title() + ' (planned)')
    }
}
