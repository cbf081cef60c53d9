package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import uk.reviewhub.api.meeting.CancelMeetingRequest;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.meeting.MoveMeetingRequest;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Moving, cancelling or recording the meeting as held (those who keep the schedule and run the
 * meeting, while it is still to be held). Each change is told to the page's other sections.
 */
final class ScheduleSection extends Section {

    private final MeetingPage page;
    private final MeetingClient meetings;
    private final Clock clock;
    private final FormFeedback message = new FormFeedback("schedule-message");
    private MeetingView meeting;

    ScheduleSection(MeetingPage page, MeetingClient meetings, Clock clock) {
        this.page = page;
        this.meetings = meetings;
        this.clock = clock;
        setId("schedule");
        page.onChange(event -> event.meeting().ifPresent(this::show));
    }

    void show(MeetingView meeting) {
        this.meeting = meeting;
        removeAll();
        message.forgetFields();
        // A held or cancelled meeting is history: it is neither moved nor cancelled.
        if (MeetingParts.keepsSchedule() && MeetingParts.part(meeting).runsMeeting() && MeetingParts.open(meeting)) {
            add(forms());
        }
        add(message);
    }

    /** The move form's values, from which the request is made with the version read. */
    static final class MoveForm {
        LocalDateTime newStart;
        String reason = "";

        MoveMeetingRequest request(int version) {
            return new MoveMeetingRequest(version, newStart, reason.trim());
        }
    }

    /** The cancel form's value. */
    static final class CancelForm {
        String reason = "";

        CancelMeetingRequest request(int version) {
            return new CancelMeetingRequest(version, reason.trim());
        }
    }

    private Component forms() {
        DateTimePicker newStart = message.field("newStart", Dates.dateTimePicker("New start (London time)", MoveMeetingRequest.class, "newStart", clock));
        newStart.setId("move-start");
        TextArea moveReason = message.field("reason", ContractLimits.limit(new TextArea("Reason for moving"), MoveMeetingRequest.class, "reason"));
        moveReason.setId("move-reason");
        Binder<MoveForm> move = FormFeedback.binder();
        move.forField(newStart).withValidator(FormFeedback.chosen("Give the new start."))
                .bind(form -> form.newStart, (form, value) -> form.newStart = value);
        move.forField(moveReason).asRequired("Give the reason for moving the meeting.")
                .withValidator(value -> !value.isBlank(), "Give the reason for moving the meeting.")
                .bind(form -> form.reason, (form, value) -> form.reason = value);
        move.readBean(new MoveForm());
        Button moveButton = new Button("Move meeting", click -> {
            MoveForm form = new MoveForm();
            if (message.check(move, null) && move.writeBeanIfValid(form)
                    && message.attempt(() -> meetings.move(meeting.id(), form.request(meeting.version())))) {
                changed("Meeting moved to %s.");
            }
        });
        Div moveForm = new Div(newStart, moveReason, moveButton);
        moveForm.addClassName("rh-form");

        TextArea cancelReason = ContractLimits.limit(new TextArea("Reason for cancelling"), CancelMeetingRequest.class, "reason");
        cancelReason.setId("cancel-reason");
        Binder<CancelForm> cancel = FormFeedback.binder();
        cancel.forField(cancelReason).asRequired("Give the reason for cancelling the meeting.")
                .withValidator(value -> !value.isBlank(), "Give the reason for cancelling the meeting.")
                .bind(form -> form.reason, (form, value) -> form.reason = value);
        cancel.readBean(new CancelForm());
        Button cancelButton = new Button("Cancel meeting", click -> {
            CancelForm form = new CancelForm();
            if (message.check(cancel, null) && cancel.writeBeanIfValid(form)
                    && message.attempt(() -> meetings.cancel(meeting.id(), form.request(meeting.version())))) {
                changed("Meeting cancelled.");
            }
        });
        Div cancelForm = new Div(cancelReason, cancelButton);
        cancelForm.addClassName("rh-form");

        Div forms = new Div(new H2("Move or cancel"), moveForm, cancelForm);
        Button held = new Button("Record the meeting as held", click -> {
            if (message.attempt(() -> meetings.held(meeting.id(), meeting.version()))) {
                changed("The meeting is recorded as held.");
            }
        });
        forms.add(held);
        forms.setId("schedule-changes");
        return forms;
    }

    /** Reads the meeting again, tells every section (this one too), and says what was done. */
    private void changed(String done) {
        page.changed(MeetingChanged.schedule(page, meetings.meeting(meeting.id())));
        message.done(done.formatted(MeetingParts.when(meeting.scheduledStart())));
    }
}
