package uk.reviewhub.ui.meeting

import uk.reviewhub.api.vocabulary.AttendanceStatus
import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.checkbox.Checkbox
import com.vaadin.flow.component.html.Div
import com.vaadin.flow.component.textfield.TextField
import uk.reviewhub.api.meeting.ApproveMinutesRequest
import uk.reviewhub.api.meeting.DraftMinutesRequest
import uk.reviewhub.api.meeting.MinuteEntryInput
import uk.reviewhub.api.meeting.RecordAttendanceRequest
import uk.reviewhub.ui.ViewSpec

import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get
import static uk.reviewhub.ui.meeting.MeetingPageSpec.attendanceOf
import static uk.reviewhub.ui.meeting.MeetingPageSpec.message

/**
 * "Represented by a deputy" saves as directly as every other choice (issue 13, item 3): no second
 * button, nothing lost without a word; and approved minutes show the attendance as minuted, the
 * deputy by name (item 2).
 */
class DeputyAttendanceSpec extends ViewSpec {

    def "choosing a deputy without a name says so at the name field and saves nothing; naming them saves at once"() {
        given:
        signInAs('support@salford.demo')
        def meeting = MeetingData.extraMeeting('Direct deputy meeting', 22)
        def seat = MeetingData.client().attendance(meeting.id()).seats().find { it.agency().code() == 'housing' }
        UI.current.navigate(MeetingPage, meeting.id().toString())
        def name = { _get(TextField) { it.withLabel("Deputy's name for " + seat.positionTitle()) } }
        def recorded = { MeetingData.client().attendance(meeting.id()).seats().find { it.memberId() == seat.memberId() } }

        expect: 'no second button to press'
        _find(Button).findAll { it.text?.startsWith('Record deputy') || it.element.getAttribute('aria-label')?.startsWith('Record deputy') }.empty

        when: 'the deputy is chosen before anyone is named'
        userEnters(attendanceOf(seat.positionTitle()), 'DEPUTY')

        then: 'the name field is marked and the line says nothing was saved'
        name().invalid
        name().errorMessage.contains('not saved')
        message().contains("Give the deputy's name")
        recorded().status() == null

        when: 'the deputy is named'
        userEnters(name(), 'Jo Deputy')

        then: 'it is saved with that one action'
        !name().invalid
        message() == seat.positionTitle() + ': Represented by a deputy recorded.'
        recorded().status() == AttendanceStatus.DEPUTY
        recorded().deputyName() == 'Jo Deputy'
        !recorded().delegatedAuthority()

        when: 'delegated authority is ticked'
        userEnters(_get(Checkbox) { it.withLabel('Deputy for ' + seat.positionTitle() + ' holds delegated authority') }, true)

        then: 'that is saved too'
        recorded().delegatedAuthority()
        recorded().deputyName() == 'Jo Deputy'

        when: 'the seat is changed back to present'
        userEnters(attendanceOf(seat.positionTitle()), 'PRESENT')

        then:
        recorded().status() == AttendanceStatus.PRESENT
        recorded().deputyName() == null
    }

    def "a seat already represented by a deputy is saved again at once when chosen again"() {
        given: 'a deputy named earlier, then the seat set to absent'
        signInAs('support@salford.demo')
        def meeting = MeetingData.extraMeeting('Deputy again meeting', 23)
        def seat = MeetingData.client().attendance(meeting.id()).seats().find { it.agency().code() == 'housing' }
        UI.current.navigate(MeetingPage, meeting.id().toString())
        userEnters(attendanceOf(seat.positionTitle()), 'DEPUTY')
        userEnters(_get(TextField) { it.withLabel("Deputy's name for " + seat.positionTitle()) }, 'Sam Deputy')
        userEnters(attendanceOf(seat.positionTitle()), 'ABSENT')

        when: 'the deputy is chosen again: the name is still in the field'
        userEnters(attendanceOf(seat.positionTitle()), 'DEPUTY')

        then:
        def recorded = MeetingData.client().attendance(meeting.id()).seats().find { it.memberId() == seat.memberId() }
        recorded.status() == AttendanceStatus.DEPUTY
        recorded.deputyName() == 'Sam Deputy'
    }

    def "approved minutes show the attendance as minuted, the deputy by name, whatever changes afterwards"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Minuted deputy meeting', 2)
        def seat = MeetingData.client().attendance(meeting.id()).seats().find { it.agency().code() == 'housing' }
        MeetingData.client().record(meeting.id(), seat.memberId(), new RecordAttendanceRequest('DEPUTY', 'Jo Deputy', true, null))
        def draft = MeetingData.client().draft(meeting.id(), new DraftMinutesRequest(null,
                [new MinuteEntryInput(null, 'Any other business', 'None.', [])]))
        MeetingData.client().approve(meeting.id(), new ApproveMinutesRequest(draft.version(), null))
        def now = MeetingData.client().attendance(meeting.id()).seats().find { it.memberId() == seat.memberId() }
        MeetingData.client().record(meeting.id(), seat.memberId(), new RecordAttendanceRequest('ABSENT', null, false, now.version()))

        when:
        UI.current.navigate(MeetingPage, meeting.id().toString())
        String minuted = textOf(_get(Div) { it.withId('minutes-as-minuted') })

        then:
        minuted.contains(seat.positionTitle() + ', Housing: represented by Jo Deputy (deputy, with delegated authority)')
        minuted.contains('only through an amendment')
    }
}
