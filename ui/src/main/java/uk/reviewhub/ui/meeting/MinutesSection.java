package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import uk.reviewhub.api.meeting.AgendaItemView;
import uk.reviewhub.api.meeting.AgendaView;
import uk.reviewhub.api.meeting.AmendMinutesRequest;
import uk.reviewhub.api.meeting.ApproveMinutesRequest;
import uk.reviewhub.api.meeting.CirculateMinutesRequest;
import uk.reviewhub.api.meeting.DraftMinutesRequest;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.meeting.MinuteEntryInput;
import uk.reviewhub.api.meeting.MinuteEntryView;
import uk.reviewhub.api.meeting.MinutedView;
import uk.reviewhub.api.meeting.MinutesView;
import uk.reviewhub.api.vocabulary.AgendaDecision;
import uk.reviewhub.api.vocabulary.AttendanceStatus;
import uk.reviewhub.api.vocabulary.MeetingStatus;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The minutes per accepted agenda item (notes and decisions), their circulation, the chair's
 * approval (which locks them, with the attendance and quorum as minuted) and amendments. Drawn
 * again when the chair's decisions or order change the accepted items.
 */
final class MinutesSection extends Section {

    private final MeetingClient meetings;
    private final MeetingDownloads downloads;
    private final FormFeedback message = new FormFeedback("minutes-message");
    private MeetingView meeting;
    private AgendaView agenda;

    MinutesSection(MeetingPage page, MeetingClient meetings, MeetingDownloads downloads) {
        this.meetings = meetings;
        this.downloads = downloads;
        setId("minutes");
        page.onChange(event -> {
            event.meeting().ifPresent(changed -> meeting = changed);
            event.agenda().ifPresent(changed -> show(meeting, changed));
        });
    }

    void show(MeetingView meeting, AgendaView agenda) {
        this.meeting = meeting;
        this.agenda = agenda;
        draw();
    }

    private void draw() {
        Optional<MinutesView> current = meetings.minutes(meeting.id());
        removeAll();
        add(new H2("Minutes"));
        Paragraph state = new Paragraph();
        state.setId("minutes-status");
        add(state);
        if (current.isEmpty()) {
            state.setText("No minutes have been drafted yet.");
        } else {
            MinutesView minutes = current.get();
            if (MeetingParts.groupPeople()) {
                add(downloads.documents(meetings, meeting.id(), true));
            }
            if (minutes.locked()) {
                state.setText("Approved and locked" + (minutes.approvedAt() == null ? "" : " on "
                        + Dates.format(minutes.approvedAt().atZone(Dates.LONDON).toLocalDate()))
                        + (minutes.approvedBy() == null ? "" : " by " + minutes.approvedBy())
                        + (minutes.number() > 1 ? " (amendment " + (minutes.number() - 1) + ": " + minutes.amendmentReason() + ")" : "")
                        + ". Changes are refused; record an amendment instead.");
                if (minutes.minuted() != null) {
                    add(asMinuted(minutes.minuted()));
                }
            } else {
                state.setText("Draft, not yet approved.");
            }
            Paragraph circulation = new Paragraph(minutes.circulation() != null
                    ? "Circulation: " + minutes.circulation().statusLabel()
                    + (minutes.circulation().due() == null ? "" : ", due " + Dates.format(minutes.circulation().due()))
                    + " (" + minutes.circulation().rule() + ")"
                    + (minutes.circulatedOn() == null ? "" : "; circulated " + Dates.format(minutes.circulatedOn())) + "."
                    : "No deadline for circulating the minutes is set in the terms of reference"
                    + (minutes.circulatedOn() == null ? "" : "; circulated " + Dates.format(minutes.circulatedOn())) + ".");
            circulation.setId("minutes-circulation");
            add(circulation);
        }
        if (!MeetingParts.runsMeeting(meeting)) {
            current.ifPresent(minutes -> minutes.entries().forEach(this::showEntry));
            return;
        }
        if (current.isPresent() && current.get().locked() && !MeetingParts.chairDecisions(meeting)) {
            // Approved minutes are a record: only the chair's amendment changes them.
            current.get().entries().forEach(this::showEntry);
            add(buttons(current.get(), List.of()), message);
            return;
        }
        List<EntryEditor> editors = editors(current.orElse(null));
        editors.forEach(editor -> add(editor.box));
        add(buttons(current.orElse(null), editors), message);
    }

    private void showEntry(MinuteEntryView entry) {
        add(new H3(entry.heading()), new Paragraph(entry.notes() == null ? "" : entry.notes()));
        UnorderedList decisions = new UnorderedList();
        entry.decisions().forEach(d -> decisions.add(new ListItem("Decision: " + d)));
        add(decisions);
    }

    /**
     * The attendance and quorum verdict as the approved minutes record them: later changes to the
     * attendance above reach the minutes only through an amendment.
     */
    static Component asMinuted(MinutedView minuted) {
        Div box = new Div();
        box.setId("minutes-as-minuted");
        box.add(new H3("Attendance as minuted"));
        UnorderedList seats = new UnorderedList();
        minuted.seats().forEach(seat -> seats.add(new ListItem(seat.positionTitle() + ", " + seat.agency() + ": "
                + (seat.status() == AttendanceStatus.DEPUTY
                        ? "represented by " + seat.deputyName() + " (deputy" + (seat.delegatedAuthority() ? ", with delegated authority)" : ")")
                        : AttendanceSection.ATTENDANCE.getOrDefault(seat.status().name(), seat.status().name())))));
        String verdict = minuted.quorum().summary();
        box.add(seats, new Paragraph("Quorum as minuted: " + verdict + "."),
                new Paragraph("A later change to the attendance or the actions reaches these minutes only through an amendment."));
        return box;
    }

    /** One editor block per accepted agenda item (in agenda order), then other business. */
    private List<EntryEditor> editors(MinutesView minutes) {
        Map<UUID, MinuteEntryView> byItem = new HashMap<>();
        List<MinuteEntryView> other = new ArrayList<>();
        if (minutes != null) {
            for (MinuteEntryView entry : minutes.entries()) {
                if (entry.agendaItemId() == null) {
                    other.add(entry);
                } else {
                    byItem.put(entry.agendaItemId(), entry);
                }
            }
        }
        List<EntryEditor> editors = new ArrayList<>();
        for (AgendaItemView item : agenda.items()) {
            if (item.decision() == AgendaDecision.ACCEPTED || byItem.containsKey(item.id())) {
                editors.add(new EntryEditor(item.id(), item.title(), byItem.get(item.id())));
            }
        }
        for (MinuteEntryView entry : other) {
            editors.add(new EntryEditor(null, entry.heading(), entry));
        }
        if (other.isEmpty()) {
            editors.add(new EntryEditor(null, "Any other business", null));
        }
        return editors;
    }

    /** The amendment form's value. */
    static final class AmendmentForm {
        String reason = "";
    }

    private Component buttons(MinutesView minutes, List<EntryEditor> editors) {
        message.forgetFields();
        Div buttons = new Div();
        buttons.addClassName("rh-form");
        Button save = new Button("Save draft minutes", click -> {
            if (message.attempt(() -> meetings.draft(meeting.id(), new DraftMinutesRequest(
                    minutes == null ? null : minutes.version(), entries(editors))))) {
                draw();
                message.done("Draft minutes saved.");
            }
        });
        if (minutes == null || !minutes.locked()) {
            buttons.add(save);
        }
        if (minutes != null && !minutes.locked() && MeetingParts.chairDecisions(meeting)) {
            Select<MeetingView> at = new Select<>();
            at.setLabel("Approved at (optional)");
            at.setId("approved-at");
            at.setEmptySelectionAllowed(true);
            at.setEmptySelectionCaption("Not recorded");
            at.setItems(meetings.meetings(meeting.groupId(), meeting.scheduledStart().toLocalDate(),
                            meeting.scheduledStart().toLocalDate().plusYears(1)).stream()
                    .filter(later -> !later.id().equals(meeting.id()) && later.status() != MeetingStatus.CANCELLED
                            && later.scheduledStart().isAfter(meeting.scheduledStart()))
                    .toList());
            at.setItemLabelGenerator(later -> later == null ? "Not recorded"
                    : later.title() + ", " + MeetingParts.when(later.scheduledStart()));
            buttons.add(at);
            Button approve = new Button("Approve minutes", click -> {
                if (message.attempt(() -> meetings.approve(meeting.id(), new ApproveMinutesRequest(minutes.version(),
                        at.getValue() == null ? null : at.getValue().id())))) {
                    draw();
                    message.done("Minutes approved and locked.");
                }
            });
            buttons.add(approve);
        }
        if (minutes != null && minutes.locked() && MeetingParts.chairDecisions(meeting)) {
            TextArea reason = message.field("reason", ContractLimits.limit(new TextArea("Reason for the amendment"),
                    AmendMinutesRequest.class, "reason"));
            reason.setId("amendment-reason");
            Binder<AmendmentForm> binder = FormFeedback.binder();
            binder.forField(reason).asRequired("Give the reason for the amendment.")
                    .withValidator(value -> !value.isBlank(), "Give the reason for the amendment.")
                    .bind(form -> form.reason, (form, value) -> form.reason = value);
            binder.readBean(new AmendmentForm());
            Button amend = new Button("Record amendment", click -> {
                AmendmentForm form = new AmendmentForm();
                if (message.check(binder, null) && binder.writeBeanIfValid(form)
                        && message.attempt(() -> meetings.amend(meeting.id(),
                        new AmendMinutesRequest(minutes.version(), form.reason.trim(), entries(editors))))) {
                    draw();
                    message.done("Amendment recorded as a new approved version.");
                }
            });
            buttons.add(reason, amend);
        }
        if (minutes != null && minutes.circulatedOn() == null) {
            Button circulate = new Button("Record minutes as circulated today", click -> {
                if (message.attempt(() -> meetings.circulate(meeting.id(), new CirculateMinutesRequest(minutes.version(), null)))) {
                    draw();
                    message.done("Circulation recorded.");
                }
            });
            buttons.add(circulate);
        }
        return buttons;
    }

    private static List<MinuteEntryInput> entries(List<EntryEditor> editors) {
        return editors.stream().filter(EntryEditor::worthSending).map(EntryEditor::input).toList();
    }

    /** The notes and decisions of one agenda item (or of other business). */
    private static final class EntryEditor {
        final UUID agendaItemId;
        final String heading;
        final TextArea notes;
        final TextArea decisions;
        final Div box;

        EntryEditor(UUID agendaItemId, String heading, MinuteEntryView entry) {
            this.agendaItemId = agendaItemId;
            this.heading = heading;
            notes = ContractLimits.limit(new TextArea("Notes: " + heading), MinuteEntryInput.class, "notes");
            notes.setValue(entry == null || entry.notes() == null ? "" : entry.notes());
            notes.setWidthFull();
            decisions = new TextArea("Decisions: " + heading + " (one a line)");
            decisions.setValue(entry == null ? "" : String.join("\n", entry.decisions()));
            decisions.setWidthFull();
            box = new Div(new H3(heading), notes, decisions);
            box.addClassName("rh-minute-entry");
        }

        boolean worthSending() {
            return agendaItemId != null || !notes.getValue().isBlank() || !decisions.getValue().isBlank();
        }

        MinuteEntryInput input() {
            List<String> lines = Arrays.stream(decisions.getValue().split("\\R"))
                    .map(String::trim).filter(line -> !line.isEmpty()).toList();
            return new MinuteEntryInput(agendaItemId, heading, MeetingsView.blankToNull(notes.getValue()), lines);
        }
    }
}
