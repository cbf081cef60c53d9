package uk.reviewhub.ui.meeting

import uk.reviewhub.api.meeting.ExtraMeetingRequest
import uk.reviewhub.api.meeting.MeetingView
import uk.reviewhub.api.meeting.NewActionRequest
import uk.reviewhub.api.meeting.ActionView
import uk.reviewhub.api.meeting.SubmitAgendaItemRequest
import uk.reviewhub.api.meeting.AgendaItemView
import uk.reviewhub.ui.TestSystem
import com.vaadin.flow.component.Component
import com.github.mvysny.kaributesting.v10.LocatorJ
import uk.reviewhub.ui.partnership.PartnershipClient

import java.time.LocalDate
import java.time.LocalDateTime
import java.time.LocalTime
import java.util.concurrent.atomic.AtomicInteger

/**
 * Test data made through the backend's API, as the user signed in to the current (mocked) Vaadin
 * session: each meeting gets its own title and day, so specs sharing the database do not meet.
 */
class MeetingData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger()

    static MeetingClient client() {
        TestSystem.instance.uiContext.getBean(MeetingClient)
    }

    static UUID groupId() {
        TestSystem.instance.uiContext.getBean(PartnershipClient).groups().first().id()
    }

    static LocalDate today() {
        LocalDate.now(uk.reviewhub.ui.shell.Dates.LONDON)
    }

    /** An extra meeting {@code daysAhead} days from today (plus a few minutes per call, to keep them apart). */
    static MeetingView extraMeeting(String title, int daysAhead) {
        int n = SEQUENCE.incrementAndGet()
        client().addExtra(groupId(), new ExtraMeetingRequest("$title #$n", LocalDateTime.of(today().plusDays(daysAhead),
                LocalTime.of(9, 0).plusMinutes(n)), 90, 'Salford Civic Centre', 'Rapid review at short notice'))
    }

    /** The one visible component of the type whose accessible name (aria-label) is the label. */
    static <T extends Component> T labelled(Class<T> type, String label) {
        List<T> found = allLabelled(type, label)
        assert found.size() == 1: "expected one ${type.simpleName} labelled '$label', found ${found.size()}"
        found.first()
    }

    static <T extends Component> List<T> allLabelled(Class<T> type, String label) {
        LocatorJ._find(type).findAll { it.element.getAttribute('aria-label') == label }
    }

    static AgendaItemView item(UUID meetingId, String title) {
        client().submit(meetingId, new SubmitAgendaItemRequest(title, null))
    }

    static ActionView action(UUID meetingId, String description, LocalDate due) {
        def agency = client().attendance(meetingId).seats().first().agency()
        client().addAction(meetingId, new NewActionRequest(description, 'Head of Service', agency.id(), due, null))
    }
}
