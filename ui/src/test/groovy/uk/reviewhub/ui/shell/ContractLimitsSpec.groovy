package uk.reviewhub.ui.shell

import com.vaadin.flow.component.UI
import com.vaadin.flow.component.textfield.TextArea
import com.vaadin.flow.component.textfield.TextField
import uk.reviewhub.api.meeting.ExtraMeetingRequest
import uk.reviewhub.api.meeting.NewActionRequest
import uk.reviewhub.api.meeting.RecordAttendanceRequest
import uk.reviewhub.ui.ViewSpec
import uk.reviewhub.ui.meeting.MeetingData
import uk.reviewhub.ui.meeting.MeetingPage
import uk.reviewhub.ui.meeting.MeetingsView

import static com.github.mvysny.kaributesting.v10.LocatorJ._get

/**
 * Limits shown before typing (issue 13, item 4): a form's text fields take their largest length
 * from the HTTP contract's own request records, and say it.
 */
class ContractLimitsSpec extends ViewSpec {

    def "the contract's limit of #record.simpleName.#component is #max"() {
        expect:
        ContractLimits.maxLength(record, component).asInt == max

        where:
        record                  | component     || max
        NewActionRequest        | 'description' || 2000
        NewActionRequest        | 'owner'       || 200
        ExtraMeetingRequest     | 'title'       || 200
        RecordAttendanceRequest | 'deputyName'  || 200
    }

    def "the meeting forms take no more than the contract allows and say so before typing"() {
        given:
        signInAs('chair@salford.demo')
        UI.current.navigate(MeetingsView)

        expect:
        with(_get(TextField) { it.withId('extra-title') }) {
            maxLength == 200
            helperText == 'Up to 200 characters.'
        }
        _get(TextArea) { it.withId('extra-reason') }.maxLength == 2000

        when:
        def meeting = MeetingData.extraMeeting('Limits meeting', 24)
        UI.current.navigate(MeetingPage, meeting.id().toString())

        then:
        _get(TextField) { it.withLabel('Item title') }.maxLength == 300
        _get(TextArea) { it.withLabel('Action') }.maxLength == 2000
        _get(TextArea) { it.withLabel('Action') }.helperText == 'Up to 2,000 characters.'
    }
}
