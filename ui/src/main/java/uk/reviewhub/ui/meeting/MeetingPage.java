package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.meeting.AgendaView;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.ui.backend.PaperUploadClient;
import uk.reviewhub.ui.shell.MainLayout;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * One meeting, run from its page, one section each owning its form and its message line: details
 * ({@link MeetingDetails}), the agenda with its papers ({@link AgendaSection}, {@link ItemPapers}),
 * attendance seat by seat with the live quorum verdict ({@link AttendanceSection}), the minutes per
 * agenda item ({@link MinutesSection}), the actions ({@link ActionsSection}) and schedule changes
 * ({@link ScheduleSection}). A section that saves tells the others through {@link MeetingChanged}.
 */
@Route(value = "meeting", layout = MainLayout.class)
@PageTitle("Meeting | Review Hub")
@Prototype
public class MeetingPage extends Main implements HasUrlParameter<String> {

    private final MeetingClient meetings;
    private final MeetingDownloads downloads = new MeetingDownloads();
    private final MeetingDetails details;
    private final AgendaSection agenda;
    private final AttendanceSection attendance;
    private final MinutesSection minutes;
    private final ActionsSection actions;
    private final ScheduleSection schedule;

    MeetingPage(MeetingClient meetings, PaperUploadClient uploads, Clock clock) {
        this.meetings = meetings;
        addClassName("rh-view");
        details = new MeetingDetails(this, meetings);
        agenda = new AgendaSection(this, meetings, uploads, downloads);
        attendance = new AttendanceSection(this, meetings);
        minutes = new MinutesSection(this, meetings, downloads);
        actions = new ActionsSection(this, meetings, clock);
        schedule = new ScheduleSection(this, meetings, clock);
        add(details, agenda, attendance, minutes, actions, schedule);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        UUID meetingId;
        try {
            meetingId = UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            removeAll();
            add(new H1("Meeting not found"), new Paragraph("The address does not name a meeting."));
            return;
        }
        MeetingView meeting = meetings.meeting(meetingId);
        details.show(meeting);
        AgendaView items = agenda.show(meeting);
        List<AgencyView> agencies = attendance.show(meeting);
        minutes.show(meeting, items);
        actions.show(meeting, items, agencies);
        schedule.show(meeting);
    }

    /** Tells every section listening what a section changed. */
    void changed(MeetingChanged change) {
        fireEvent(change);
    }

    /** Hears what the sections change. */
    Registration onChange(ComponentEventListener<MeetingChanged> listener) {
        return addListener(MeetingChanged.class, listener);
    }

    /** What the download link with {@code id} would give the browser, fetched as the signed-in user. */
    byte[] downloaded(String id) {
        return downloads.fetch(id);
    }
}
