package uk.reviewhub.ui.meeting

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import uk.reviewhub.api.meeting.AgendaItemView
import uk.reviewhub.api.meeting.AttendanceView
import uk.reviewhub.api.meeting.DraftMinutesRequest
import uk.reviewhub.api.meeting.MeetingView
import uk.reviewhub.api.meeting.MinuteEntryInput
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.BackendProblemView

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class MeetingPageSpec extends ViewSpec {

    static String message() {
        // Each part of the meeting page answers beside its controls: the one line showing
        _find(Paragraph) { it.withClasses('rh-message') }.findAll { it.visible }*.text.join(' | ')
    }

    static Select<String> attendanceOf(String positionTitle) {
        _get(Select) { it.withLabel('Attendance: ' + positionTitle) } as Select<String>
    }

    def "the quorum verdict changes in words as the chair records attendance"() {
        given: 'a Salford meeting; Salford wants members from four agencies'
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Attendance meeting', 20)
        List<AttendanceView> seats = MeetingData.client().attendance(meeting.id()).seats()
        def byAgency = seats.groupBy { it.agency().code() }
        def fourSeats = ['salford-city-council', 'ccg', 'camhs', 'police'].collect { byAgency[it].first() }
        UI.current.navigate(MeetingPage, meeting.id().toString())

        expect: 'nothing recorded yet'
        _get(Paragraph) { it.withId('quorum-verdict') }.text.startsWith('Not quorate')

        when: 'three agencies are present'
        fourSeats.take(3).each { userEnters(attendanceOf(it.positionTitle()), 'PRESENT') }

        then:
        _get(Paragraph) { it.withId('quorum-verdict') }.text == 'Not quorate: 3 agencies present, 4 required'
        message().endsWith('Present recorded.')

        when: 'the fourth agency is present'
        userEnters(attendanceOf(fourSeats[3].positionTitle()), 'PRESENT')

        then: 'the verdict is announced politely, and recorded with the meeting'
        def verdict = _get(Paragraph) { it.withId('quorum-verdict') }
        verdict.text == 'Quorate: 4 agencies present, 4 required'
        verdict.element.getAttribute('aria-live') == 'polite'
        MeetingData.client().meeting(meeting.id()).quorate()
        textOf(_get(MeetingPage)).contains('QuorateYes: quorate: 4 agencies present, 4 required')
    }

    def "a deputy is recorded with their name and whether they hold delegated authority"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Deputy meeting', 21)
        def seat = MeetingData.client().attendance(meeting.id()).seats().find { it.agency().code() == 'housing' }
        UI.current.navigate(MeetingPage, meeting.id().toString())

        when:
        userEnters(attendanceOf(seat.positionTitle()), 'DEPUTY')
        userEnters(_get(TextField) { it.withLabel("Deputy's name for " + seat.positionTitle()) }, 'A. Deputy')

        then:
        message() == seat.positionTitle() + ': Represented by a deputy recorded.'
        def recorded = MeetingData.client().attendance(meeting.id()).seats().find { it.memberId() == seat.memberId() }
        recorded.status() == uk.reviewhub.api.vocabulary.AttendanceStatus.DEPUTY
        recorded.deputyName() == 'A. Deputy'
        !recorded.delegatedAuthority()
    }

    def "an item submitted for a meeting in three days is flagged late in words, and the chair accepts it"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Short notice meeting', 3)
        UI.current.navigate(MeetingPage, meeting.id().toString())

        when:
        userEnters(_get(TextField) { it.withLabel('Item title') }, 'Chronology for Child E')
        _click(_get(Button) { it.withText('Submit item') })

        then:
        message() == 'Item submitted, after the deadline: it is flagged late.'
        def agenda = textOf(_get(Section) { it.withId('agenda') })
        agenda.contains('Late: after the deadline')
        agenda.contains('Awaiting the chair')
        agenda.contains('(at least 10 working days before the meeting)')

        when:
        _click(MeetingData.labelled(Button, 'Accept Chronology for Child E'))

        then:
        message() == '"Chronology for Child E" accepted.'
        textOf(_get(Section) { it.withId('agenda') }).contains('Accepted')
        _get(TextArea) { it.withLabel('Notes: Chronology for Child E') } != null

        and: 'the actions section heard it too: its form offers the accepted item'
        (_get(Select) { it.withLabel('Agenda item (optional)') } as Select<AgendaItemView>).listDataView.items
                .map { it.title() }.toList() == ['Chronology for Child E']
    }

    def "the chair orders the accepted items"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Ordering meeting', 30)
        def first = MeetingData.item(meeting.id(), 'First submitted')
        def second = MeetingData.item(meeting.id(), 'Second submitted')
        [first, second].each { MeetingData.client().decide(meeting.id(), it.id(),
                new uk.reviewhub.api.meeting.AgendaDecisionRequest(it.version(), 'ACCEPTED', null)) }
        UI.current.navigate(MeetingPage, meeting.id().toString())

        when:
        _click(MeetingData.labelled(Button, 'Move Second submitted up'))
        _click(_get(Button) { it.withText('Save agenda order') })

        then:
        message() == 'Agenda order saved.'
        MeetingData.client().agenda(meeting.id()).items()*.title().take(2) == ['Second submitted', 'First submitted']
    }

    def "minutes are drafted per item, approved and locked; a later edit shows the backend's reason"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Minutes meeting', 1)
        def item = MeetingData.item(meeting.id(), 'Learning from Child F')
        MeetingData.client().decide(meeting.id(), item.id(), new uk.reviewhub.api.meeting.AgendaDecisionRequest(item.version(), 'ACCEPTED', null))
        UI.current.navigate(MeetingPage, meeting.id().toString())

        when:
        userEnters(_get(TextArea) { it.withLabel('Notes: Learning from Child F') }, 'The group discussed the learning.')
        userEnters(_get(TextArea) { it.withLabel('Decisions: Learning from Child F (one a line)') }, 'Share the briefing\nAudit in March')
        _click(_get(Button) { it.withText('Save draft minutes') })

        then:
        message() == 'Draft minutes saved.'
        _get(Paragraph) { it.withId('minutes-status') }.text == 'Draft, not yet approved.'
        MeetingData.client().minutes(meeting.id()).get().entries().find { it.agendaItemId() == item.id() }.decisions() ==
                ['Share the briefing', 'Audit in March']

        when:
        _click(_get(Button) { it.withText('Approve minutes') })

        then:
        message() == 'Minutes approved and locked.'
        _get(Paragraph) { it.withId('minutes-status') }.text.startsWith('Approved and locked')

        and: 'approved minutes offer no Save (issue 13 item 12): a change is an amendment'
        _find(Button) { it.withText('Save draft minutes') }.isEmpty()

        when: 'the chair edits the locked minutes and records an amendment'
        userEnters(_get(TextArea) { it.withLabel('Notes: Learning from Child F') }, 'A late change.')
        userEnters(_get(TextArea) { it.withLabel('Reason for the amendment') }, 'Typo in the notes')
        _click(_get(Button) { it.withText('Record amendment') })

        then:
        message() == 'Amendment recorded as a new approved version.'
        MeetingData.client().minutes(meeting.id()).get().entries().find { it.agendaItemId() == item.id() }.notes() == 'A late change.'
    }

    def "the chair records an action, which shows its status in words"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Action meeting', 2)
        UI.current.navigate(MeetingPage, meeting.id().toString())
        def agency = MeetingData.client().attendance(meeting.id()).seats().find { it.agency().code() == 'police' }.agency()

        when:
        userEnters(_get(TextArea) { it.withLabel('Action') }, 'Write to the school about attendance')
        userEnters(_get(TextField) { it.withLabel('Owner') }, 'Detective Inspector')
        userEnters(_get(Select) { it.withLabel('Agency') } as Select, agency)
        userEnters(_get(DatePicker) { it.withLabel('Due date') }, MeetingData.today().plusDays(60))
        _click(_get(Button) { it.withText('Record action') })

        then:
        message() == 'Action recorded.'
        def actions = textOf(_get(Section) { it.withId('actions') })
        actions.contains('Write to the school about attendance')
        actions.contains(agency.name())
        actions.contains(MeetingData.client().actions(meeting.id()).first().ragLabel())
    }

    def "the chair moves a meeting and then cancels it, each with a reason"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Meeting to move', 40)
        def newStart = meeting.scheduledStart().plusDays(2)
        UI.current.navigate(MeetingPage, meeting.id().toString())

        when:
        userEnters(_get(com.vaadin.flow.component.datetimepicker.DateTimePicker) { it.withLabel('New start (London time)') }, newStart)
        userEnters(_get(TextArea) { it.withLabel('Reason for moving') }, 'Chair unavailable')
        _click(_get(Button) { it.withText('Move meeting') })

        then:
        message() == 'Meeting moved to ' + MeetingParts.when(newStart) + '.'
        textOf(_get(MeetingPage)).contains('Reason: Chair unavailable')

        when:
        userEnters(_get(TextArea) { it.withLabel('Reason for cancelling') }, 'No business')
        _click(_get(Button) { it.withText('Cancel meeting') })

        then:
        message() == 'Meeting cancelled.'
        textOf(_get(MeetingPage)).contains('Cancelled (No business)')
        _find(Button) { it.withText('Cancel meeting') }.isEmpty()
    }

    def "a member sees the meeting but cannot record attendance or decide on items"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Member view meeting', 25)
        MeetingData.item(meeting.id(), 'Item for members')
        signInAs('member@salford.demo')

        when:
        UI.current.navigate(MeetingPage, meeting.id().toString())

        then:
        _find(Select).isEmpty()
        MeetingData.allLabelled(Button, 'Accept Item for members').isEmpty()
        textOf(_get(Section) { it.withId('attendance') }).contains('Not recorded')
        _get(Button) { it.withText('Submit item') } != null
    }

    def "the chair records that the minutes were approved at the group's next meeting"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Minutes to approve later', 50)
        def next = MeetingData.extraMeeting('The next meeting', 52)
        MeetingData.client().draft(meeting.id(), new DraftMinutesRequest(null, [new MinuteEntryInput(null, 'Other business', 'Notes', [])]))
        UI.current.navigate(MeetingPage, meeting.id().toString())

        when:
        Select<MeetingView> at = _get(Select) { it.withLabel('Approved at (optional)') } as Select<MeetingView>
        userEnters(at, at.listDataView.items.filter { it != null && it.id() == next.id() }.findFirst().get())
        _click(_get(Button) { it.withText('Approve minutes') })

        then:
        message() == 'Minutes approved and locked.'
        MeetingData.client().minutes(meeting.id()).get().approvedAtMeetingId() == next.id()
    }

    def "the Norfolk chair cannot open a Salford meeting by its address"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Salford only meeting', 44)
        signInAs('chair@norfolk.demo')

        when:
        UI.current.navigate(MeetingPage, meeting.id().toString())

        then:
        def page = textOf(_get(BackendProblemView))
        page.contains('Not found')
        !page.contains('Salford only meeting')
    }
}
