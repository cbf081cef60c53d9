package uk.reviewhub.ui.meeting

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.button.Button
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.html.Paragraph
import com.vaadin.flow.component.html.Section
import com.vaadin.flow.component.select.Select
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.shell.FormFeedback

import static com.github.mvysny.kaributesting.v10.LocatorJ._click
import static com.github.mvysny.kaributesting.v10.LocatorJ._find
import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * Item 13 of the hardening issue: on the long meeting page a form's answer is beside the form, the
 * fields the backend names (problem+json {@code errors[].field}) are marked on the field, and the
 * page's other parts show nothing.
 */
class MeetingMessagesSpec extends ViewSpec {

    static List<Paragraph> shownMessages() {
        _find(Paragraph) { it.withClasses('rh-message') }.findAll { it.visible }
    }

    def "a field the backend refuses is marked on the field, and the answer is in the agenda part, not at the top"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Messages meeting', 35)
        UI.current.navigate(MeetingPage, meeting.id().toString())

        when: 'a title longer than the contract allows is submitted'
        userEnters(_get(TextField) { it.withLabel('Item title') }, 'x' * 301)
        _click(_get(Button) { it.withText('Submit item') })

        then: 'the title field carries the backend’s words'
        def title = _get(TextField) { it.withLabel('Item title') }
        title.invalid
        title.errorMessage

        and: 'the one message shown is the agenda part’s, announced as an alert'
        shownMessages()*.id*.orElse(null) == ['agenda-message']
        shownMessages().first().element.getAttribute('role') == 'alert'
        shownMessages().first().parent.get() == _get(Section) { it.withId('agenda') }
        _get(MeetingPage).children.noneMatch { it instanceof FormFeedback }
    }

    def "missing fields of an action are each marked on the field before anything is sent"() {
        given:
        signInAs('chair@salford.demo')
        def meeting = MeetingData.extraMeeting('Action fields meeting', 36)
        UI.current.navigate(MeetingPage, meeting.id().toString())

        when:
        userEnters(_get(TextField) { it.withLabel('Owner') }, 'Detective Inspector')
        _click(_get(Button) { it.withText('Record action') })

        then:
        _get(TextArea) { it.withLabel('Action') }.invalid
        !_get(TextField) { it.withLabel('Owner') }.invalid
        _get(Select) { it.withLabel('Agency') }.invalid
        _get(DatePicker) { it.withLabel('Due date') }.invalid
        shownMessages()*.id*.orElse(null) == ['actions-message']
        shownMessages().first().text == 'Problem: Give the action, its owner, the agency and the due date.'
        MeetingData.client().actions(meeting.id()).isEmpty()
    }
}
