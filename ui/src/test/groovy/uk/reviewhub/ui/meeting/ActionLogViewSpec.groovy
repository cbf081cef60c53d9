package uk.reviewhub.ui.meeting

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.html.Paragraph
import uk.reviewhub.ui.ViewSpec

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

class ActionLogViewSpec extends ViewSpec {

    def "the action log shows each action's RAG status in words, and the chair completes one"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Action log meeting', 5)
        def overdue = MeetingData.action(meeting.id(), 'Overdue action for the log', MeetingData.today().minusDays(3))
        def later = MeetingData.action(meeting.id(), 'Later action for the log', MeetingData.today().plusDays(90))

        when:
        UI.current.navigate(ActionLogView)

        then:
        def text = textOf(_get(ActionLogView))
        text.contains('Overdue action for the log')
        text.contains(overdue.ragLabel())
        text.contains(later.ragLabel())
        overdue.rag() == 'RED'

        when:
        _click(MeetingData.labelled(Button, 'Mark complete: Overdue action for the log'))

        then:
        _get(Paragraph) { it.withId('action-log-message') }.text == '"Overdue action for the log": mark complete done.'
        MeetingData.client().actions(meeting.id()).find { it.id() == overdue.id() }.status() == 'COMPLETED'
        MeetingData.allLabelled(Button, 'Reopen: Overdue action for the log').size() == 1
    }

    def "a member reads the log but cannot change it"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Member log meeting', 6)
        MeetingData.action(meeting.id(), 'Action a member reads', MeetingData.today().plusDays(30))
        signInAs('member@salford.demo')

        when:
        UI.current.navigate(ActionLogView)

        then:
        textOf(_get(ActionLogView)).contains('Action a member reads')
        MeetingData.allLabelled(Button, 'Mark complete: Action a member reads').isEmpty()
    }
}
