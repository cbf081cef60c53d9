package uk.reviewhub.ui.meeting

import com.vaadin.flow.component.UI
import uk.reviewhub.api.meeting.ApproveMinutesRequest
import uk.reviewhub.api.meeting.DraftMinutesRequest
import uk.reviewhub.api.meeting.MinuteEntryInput
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.Dates

import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class DecisionsViewSpec extends ViewSpec {

    def "the register lists decisions from draft and approved minutes, saying which"() {
        given:
        signInAs('chair@salford.demo')
        def client = MeetingData.client()
        def drafted = MeetingData.extraMeeting('Decisions draft meeting', 7)
        client.draft(drafted.id(), new DraftMinutesRequest(null, [new MinuteEntryInput(null, 'Other business', null, ['Draft decision D1'])]))
        def approved = MeetingData.extraMeeting('Decisions approved meeting', 8)
        def minutes = client.draft(approved.id(), new DraftMinutesRequest(null,
                [new MinuteEntryInput(null, 'Thresholds', 'Notes', ['Approved decision A1'])]))
        client.approve(approved.id(), new ApproveMinutesRequest(minutes.version(), null))

        when:
        UI.current.navigate(DecisionsView)

        then:
        def rows = _get(DecisionsView).element.getChild(2).textRecursively
        rows.contains(Dates.format(drafted.scheduledStart().toLocalDate()) + ': ' + drafted.title())
        rows.contains('Draft decision D1')
        rows.contains('Approved decision A1')
        rows.contains('Thresholds')
        rows =~ /Draft decision D1Draft, not yet approved/
        rows =~ /Approved decision A1Approved/
    }
}
