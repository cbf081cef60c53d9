package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.meeting.ActionView;
import uk.reviewhub.api.meeting.AgendaDecisionRequest;
import uk.reviewhub.api.meeting.AgendaItemView;
import uk.reviewhub.api.meeting.AgendaPublicationView;
import uk.reviewhub.api.meeting.ClockView;
import uk.reviewhub.api.meeting.PaperView;
import uk.reviewhub.api.meeting.AgendaView;
import uk.reviewhub.api.meeting.AmendMinutesRequest;
import uk.reviewhub.api.meeting.ApproveMinutesRequest;
import uk.reviewhub.api.meeting.AttendanceView;
import uk.reviewhub.api.meeting.CancelMeetingRequest;
import uk.reviewhub.api.meeting.CirculateMinutesRequest;
import uk.reviewhub.api.meeting.DraftMinutesRequest;
import uk.reviewhub.api.meeting.MeetingAttendanceView;
import uk.reviewhub.api.meeting.MeetingChangeView;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.meeting.YourPartView;
import uk.reviewhub.api.meeting.MinuteEntryInput;
import uk.reviewhub.api.meeting.MinuteEntryView;
import uk.reviewhub.api.meeting.MinutedView;
import uk.reviewhub.api.meeting.MinutesView;
import uk.reviewhub.api.meeting.MoveMeetingRequest;
import uk.reviewhub.api.meeting.NewActionRequest;
import uk.reviewhub.api.meeting.QuorumVerdictView;
import uk.reviewhub.api.meeting.RecordAttendanceRequest;
import uk.reviewhub.api.meeting.SubmitAgendaItemRequest;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.ui.partnership.GroupChooser;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One meeting, run from its page: details and schedule changes, the agenda (late items flagged,
 * the chair's decisions and order), attendance seat by seat with the live quorum verdict, the
 * minutes per agenda item (notes and decisions; approval locks them), and the actions.
 */
@Route(value = "meeting", layout = MainLayout.class)
@PageTitle("Meeting | Review Hub")
@Prototype
public class MeetingPage extends Main implements HasUrlParameter<String> {

    static final Map<String, String> ATTENDANCE = attendanceWords();

    private final MeetingClient meetings;
    private final PaperUpload paperUpload;
    private final Clock clock;
    /*
     * Each part of the page answers where its controls are (issue 13 item 13: a long page with one
     * banner at the top showed messages thousands of pixels away): the form methods below name their
     * part's line {@code message}.
     */
    private final FormFeedback scheduleMessage = new FormFeedback("schedule-message");
    private final FormFeedback agendaMessage = new FormFeedback("agenda-message");
    private final FormFeedback attendanceMessage = new FormFeedback("attendance-message");
    private final FormFeedback minutesMessage = new FormFeedback("minutes-message");
    private final FormFeedback actionsMessage = new FormFeedback("actions-message");
    private final Div details = new Div();
    private final Section agendaSection = section("agenda");
    private final Section attendanceSection = section("attendance");
    private final Section minutesSection = section("minutes");
    private final Section actionsSection = section("actions");
    private final Section scheduleSection = section("schedule");
    private final DescriptionList.Description quorateFact = new DescriptionList.Description();
    private final H1 heading = new H1("Meeting");
    private final Paragraph quorumVerdict = new Paragraph();
    private final UnorderedList quorumReasons = new UnorderedList();
    private final Map<UUID, Integer> seatVersions = new HashMap<>();
    /** The download links on the page by id, so a spec can fetch what a link would. */
    private final Map<String, FileDownload> downloads = new HashMap<>();

    private UUID meetingId;
    private MeetingView meeting;
    private AgendaView agenda;
    private List<AgencyView> agencies = List.of();

    MeetingPage(MeetingClient meetings, PaperUpload paperUpload, Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.paperUpload = paperUpload;
        addClassName("rh-view");
        quorumVerdict.setId("quorum-verdict");
        quorumVerdict.getElement().setAttribute("aria-live", "polite");
        add(heading, details, agendaSection, attendanceSection, minutesSection, actionsSection, scheduleSection);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            meetingId = UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            heading.setText("Meeting not found");
            removeAll();
            add(heading, new Paragraph("The address does not name a meeting."));
            return;
        }
        showDetails();
        showAgenda();
        showAttendance();
        showMinutes();
        showActions();
    }

    private static Section section(String id) {
        Section section = new Section();
        section.setId(id);
        return section;
    }

    // ---------------------------------------------------------------- details and schedule

    private void showDetails() {
        meeting = meetings.meeting(meetingId);
        heading.setText(meeting.title());
        details.removeAll();
        DescriptionList facts = new DescriptionList();
        facts.add(fact("When", MeetingParts.when(meeting.scheduledStart())));
        if (meeting.durationMinutes() != null) {
            facts.add(fact("Duration", meeting.durationMinutes() + " minutes"));
        }
        facts.add(fact("Location", meeting.location() == null ? "not set" : meeting.location()));
        facts.add(fact("Kind", MeetingParts.kindText(meeting.kind())));
        facts.add(fact("Status", MeetingParts.statusText(meeting)));
        quorateFact.setText(MeetingParts.quorateText(meeting));
        facts.add(new Div(new DescriptionList.Term("Quorate"), quorateFact));
        RouterLink back = new RouterLink("All meetings of this group", MeetingsView.class);
        back.setQueryParameters(com.vaadin.flow.router.QueryParameters.of(GroupChooser.PARAMETER, meeting.groupId().toString()));
        details.add(back, facts);

        List<MeetingChangeView> changes = meetings.changes(meetingId);
        if (!changes.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (MeetingChangeView change : changes) {
                String what = "CANCELLED".equals(change.change()) || change.newStart() == null
                        ? "Cancelled (was " + MeetingParts.when(change.previousStart()) + ")"
                        : "Moved from " + MeetingParts.when(change.previousStart()) + " to " + MeetingParts.when(change.newStart());
                list.add(new ListItem(what + ". Reason: " + change.reason()));
            }
            details.add(new H2("Schedule changes"), list);
        }
        scheduleSection.removeAll();
        scheduleMessage.forgetFields();
        // A held or cancelled meeting is history: it is neither moved nor cancelled.
        if (MeetingParts.keepsSchedule() && part().runsMeeting() && open(meeting)) {
            scheduleSection.add(scheduleForms());
        }
        scheduleSection.add(scheduleMessage);
    }

    /** Planned or moved: still to be held, so it may be moved, cancelled or recorded as held. */
    static boolean open(MeetingView meeting) {
        return meeting.status() == uk.reviewhub.api.vocabulary.MeetingStatus.PLANNED || meeting.status() == uk.reviewhub.api.vocabulary.MeetingStatus.MOVED;
    }

    private static Component fact(String term, String value) {
        return new Div(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private Component scheduleForms() {
        FormFeedback message = scheduleMessage;
        DateTimePicker newStart = message.field("newStart", Dates.dateTimePicker("New start (London time)", MoveMeetingRequest.class, "newStart", clock));
        newStart.setId("move-start");
        TextArea moveReason = message.field("reason", ContractLimits.limit(new TextArea("Reason for moving"),
                uk.reviewhub.api.meeting.MoveMeetingRequest.class, "reason"));
        moveReason.setId("move-reason");
        Button move = new Button("Move meeting", click -> {
            if (newStart.getValue() == null || moveReason.getValue().isBlank()) {
                message.clear();
                if (moveReason.getValue().isBlank()) {
                    message.invalid(moveReason, "Give the reason for moving the meeting.");
                }
                if (newStart.getValue() == null) {
                    message.invalid(newStart, "Give the new start.");
                }
                return;
            }
            if (MeetingParts.attempt(message, () -> meetings.move(meetingId,
                    new MoveMeetingRequest(meeting.version(), newStart.getValue(), moveReason.getValue().trim())))) {
                showDetails();
                MeetingParts.done(message, "Meeting moved to " + MeetingParts.when(meeting.scheduledStart()) + ".");
            }
        });
        Div moveForm = new Div(newStart, moveReason, move);
        moveForm.addClassName("rh-form");

        TextArea cancelReason = ContractLimits.limit(new TextArea("Reason for cancelling"),
                uk.reviewhub.api.meeting.CancelMeetingRequest.class, "reason");
        cancelReason.setId("cancel-reason");
        Button cancel = new Button("Cancel meeting", click -> {
            if (cancelReason.getValue().isBlank()) {
                message.clear();
                message.invalid(cancelReason, "Give the reason for cancelling the meeting.");
                return;
            }
            if (MeetingParts.attempt(message, () -> meetings.cancel(meetingId,
                    new CancelMeetingRequest(meeting.version(), cancelReason.getValue().trim())))) {
                showDetails();
                MeetingParts.done(message, "Meeting cancelled.");
            }
        });
        Div cancelForm = new Div(cancelReason, cancel);
        cancelForm.addClassName("rh-form");

        Div forms = new Div(new H2("Move or cancel"), moveForm, cancelForm);
        Button held = new Button("Record the meeting as held", click -> {
            if (MeetingParts.attempt(message, () -> meetings.held(meetingId, meeting.version()))) {
                showDetails();
                MeetingParts.done(message, "The meeting is recorded as held.");
            }
        });
        forms.add(held);
        forms.setId("schedule-changes");
        return forms;
    }

    // ---------------------------------------------------------------- agenda

    private void showAgenda() {
        agenda = meetings.agenda(meetingId);
        agendaSection.removeAll();
        agendaMessage.forgetFields();
        agendaSection.add(new H2("Agenda"));
        if (agenda.itemDeadline() != null) {
            agendaSection.add(new Paragraph("Items due by " + Dates.format(agenda.itemDeadline())
                    + (agenda.itemDeadlineRule() == null ? "" : " (" + agenda.itemDeadlineRule() + ")") + "."));
        } else {
            agendaSection.add(new Paragraph("No deadline for agenda items is set in the terms of reference."));
        }
        if (agenda.publishBy() != null) {
            agendaSection.add(new Paragraph("Agenda and papers to be published by " + Dates.format(agenda.publishBy())
                    + (agenda.publishByRule() == null ? "" : " (" + agenda.publishByRule() + ")") + "."));
        }
        agendaSection.add(publishing());
        if (groupPeople()) {
            agendaSection.add(documentLinks(false));
        }
        if (agenda.items().isEmpty()) {
            agendaSection.add(new Paragraph("No items have been submitted."));
        } else {
            boolean chair = chairDecisions();
            NativeTable table = chair
                    ? MeetingParts.table("Agenda items", "No.", "Item", "Submitted", "On time or late", "Decision", "Papers",
                    "Chair's decision")
                    : MeetingParts.table("Agenda items", "No.", "Item", "Submitted", "On time or late", "Decision", "Papers");
            for (AgendaItemView item : agenda.items()) {
                List<Component> cells = new ArrayList<>(List.of(
                        new Span(item.position() == null ? "" : item.position().toString()),
                        itemText(item),
                        new Span(Dates.format(item.submittedAt().atZone(Dates.LONDON).toLocalDate())),
                        item.late() ? MeetingParts.badge("Late: after the deadline", "amber") : MeetingParts.badge("On time", "green"),
                        new Span(decisionText(item)),
                        papers(item)));
                if (chair) {
                    cells.add(decisionControls(item));
                }
                table.getBody().add(MeetingParts.row(cells));
            }
            agendaSection.add(table);
            if (chair) {
                agendaSection.add(orderControls());
            }
        }
        if (part().submitsItems()) {
            agendaSection.add(submitForm());
        }
        agendaSection.add(agendaMessage);
    }

    // ---------------------------------------------------------------- publishing, papers, documents

    /** What the signed-in user may do in this meeting's group, as the backend says (their seat in it). */
    private YourPartView part() {
        return meeting == null || meeting.yourPart() == null ? YourPartView.NONE : meeting.yourPart();
    }

    /** The chair's own decisions: the group's chair or vice chair seat (and the partnership role the endpoints ask for). */
    private boolean chairDecisions() {
        return MeetingParts.chairs() && part().chairDecisions();
    }

    /** Attendance, draft minutes, circulation and actions: chair or vice chair seat, or business support. */
    private boolean runsMeeting() {
        return MeetingParts.recordsMeetings() && part().runsMeeting();
    }

    /** Chairs, vice chairs, members and business support: the group's people, who see the meeting's documents. */
    static boolean groupPeople() {
        return MeetingParts.groupPeople();
    }

    /** The publishing clock in words, the latest published revision, and (for the chair) the publish button. */
    private Component publishing() {
        FormFeedback message = agendaMessage;
        Div box = new Div(new H3("Publishing the agenda"));
        box.setId("agenda-publishing");
        ClockView clock = agenda.publishClock();
        Paragraph status = new Paragraph();
        status.setId("agenda-clock");
        if (clock != null) {
            status.add(new Span("Publishing deadline: "), MeetingParts.badge(clock.statusLabel(), tone(clock.status())),
                    new Span(clock.due() == null ? "" : ", due " + Dates.format(clock.due()) + " (" + clock.rule() + ")."));
        } else if (meeting.status() == uk.reviewhub.api.vocabulary.MeetingStatus.CANCELLED) {
            status.setText("The meeting was cancelled: its agenda is not published.");
        } else {
            status.setText("The terms of reference set no deadline for publishing the agenda.");
        }
        box.add(status);
        AgendaPublicationView published = agenda.published();
        Paragraph state = new Paragraph();
        state.setId("agenda-published");
        if (published == null) {
            state.setText("Not yet published.");
        } else {
            state.setText("Published: revision " + published.revision() + " on "
                    + Dates.format(published.publishedAt().atZone(Dates.LONDON).toLocalDate())
                    + (published.publishedByName() == null ? "" : " by " + published.publishedByName())
                    + ", with " + published.items().size() + (published.items().size() == 1 ? " item." : " items.")
                    + (agenda.changedSincePublished()
                    ? " The agenda has changed since: publish it again to send a new revision." : ""));
        }
        box.add(state);
        if (published != null && published.revision() > 1) {
            UnorderedList earlier = new UnorderedList();
            earlier.setId("agenda-revisions");
            meetings.publications(meetingId).stream().skip(1).forEach(p -> earlier.add(new ListItem("Revision " + p.revision()
                    + ": published " + Dates.format(p.publishedAt().atZone(Dates.LONDON).toLocalDate())
                    + (p.publishedByName() == null ? "" : " by " + p.publishedByName()) + ", "
                    + p.items().size() + (p.items().size() == 1 ? " item" : " items") + " ("
                    + String.join("; ", p.items().stream().map(AgendaPublicationView.Item::title).toList()) + ")")));
            box.add(new Paragraph("Earlier revisions, kept as they were published:"), earlier);
        }
        if (chairDecisions() && meeting.status() != uk.reviewhub.api.vocabulary.MeetingStatus.CANCELLED && meeting.status() != uk.reviewhub.api.vocabulary.MeetingStatus.HELD) {
            int revision = published == null ? 0 : published.revision();
            Button publish = new Button(published == null ? "Publish agenda and papers" : "Publish a new revision", click -> {
                AgendaView[] answer = new AgendaView[1];
                if (MeetingParts.attempt(message, () -> answer[0] = meetings.publish(meetingId, revision))) {
                    showAgenda();
                    MeetingParts.done(message, "Agenda published as revision " + answer[0].published().revision() + ".");
                }
            });
            publish.setId("publish-agenda");
            box.add(publish);
        }

        return box;
    }

    /** Words on the light for the publishing clock; the words carry the status, the colour only repeats it. */
    private static String tone(String status) {
        return switch (status) {
            case "MET_ON_TIME", "ON_TRACK" -> "green";
            case "DUE_SOON", "MET_LATE" -> "amber";
            case "OVERDUE" -> "red";
            default -> null;
        };
    }

    /** Links to the agenda or minutes as PDF and Word documents. */
    private Component documentLinks(boolean minutes) {
        String what = minutes ? "minutes" : "agenda";
        String words = minutes ? "Minutes" : "Agenda";
        Div links = new Div(new Span(words + " as a document: "),
                download(what + "-pdf", words + " (PDF)", null, what + ".pdf", "application/pdf",
                        () -> meetings.document(meetingId, minutes, "pdf")),
                new Span(" "),
                download(what + "-docx", words + " (Word document)", null, what + ".docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        () -> meetings.document(meetingId, minutes, "docx")));
        links.setId(what + "-documents");
        return links;
    }

    private Anchor download(String id, String text, String label, String fileName, String contentType,
                            java.util.function.Supplier<byte[]> fetch) {
        FileDownload file = FileDownload.of(fileName, contentType, fetch);
        downloads.put(id, file);
        return FileDownload.link(file, id, text, label);
    }

    /** What the download link with {@code id} would give the browser, fetched as the signed-in user. */
    byte[] downloaded(String id) {
        return downloads.get(id).fetch();
    }

    /** An item's papers (name, size, who, when) with download links, and an upload for the group's people. */
    private Component papers(AgendaItemView item) {
        Div box = new Div();
        if (!part().submitsItems()) {
            box.add(new Span("Papers are for the group's members."));
            return box;
        }
        // The agenda answer carries each item's papers for whoever may read them: no request per item.
        List<PaperView> list = item.papers() == null ? List.of() : item.papers();
        if (list.isEmpty()) {
            box.add(new Span("No papers."));
        } else {
            UnorderedList papers = new UnorderedList();
            for (PaperView paper : list) {
                Anchor link = download("paper-" + paper.id(), paper.fileName(), "Download " + paper.fileName(),
                        paper.fileName(), paper.mediaType(), () -> meetings.paper(paper.id()));
                papers.add(new ListItem(link, new Span(" (" + size(paper.sizeBytes())
                        + (paper.uploadedByName() == null ? "" : ", " + paper.uploadedByName())
                        + ", " + Dates.format(paper.uploadedAt().atZone(Dates.LONDON).toLocalDate()) + ")")));
            }
            box.add(papers);
        }
        if (meeting.status() != uk.reviewhub.api.vocabulary.MeetingStatus.CANCELLED) {
            box.add(uploadFor(item));
        }
        return box;
    }

    private Component uploadFor(AgendaItemView item) {
        FormFeedback message = agendaMessage;
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) ->
                ui.access(() -> attachPaper(item, upload, metadata.fileName(), data))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_PAPER_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".txt");
        upload.setUploadButton(new Button("Add a paper"));
        upload.getElement().setAttribute("aria-label", "Add a paper to " + item.title());
        upload.setId("upload-" + item.id());
        upload.addFileRejectedListener(rejected -> MeetingParts.problem(message, rejected.getErrorMessage()
                + " Papers are PDF, DOCX, XLSX, PPTX, ODT or TXT files of at most " + (MAX_PAPER_BYTES / (1024 * 1024)) + " MB."));
        Div box = new Div(new Span("Add a paper (PDF, DOCX, XLSX, PPTX, ODT or TXT, at most "
                + (MAX_PAPER_BYTES / (1024 * 1024)) + " MB):"), upload);
        box.addClassName("rh-form");
        return box;
    }

    /** The backend's default limit for papers; the backend checks the real limit and says so in its answer. */
    static final int MAX_PAPER_BYTES = 20 * 1024 * 1024;

    private void attachPaper(AgendaItemView item, Upload upload, String fileName, byte[] content) {
        FormFeedback message = agendaMessage;
        PaperView[] added = new PaperView[1];
        if (MeetingParts.attempt(message, () -> added[0] = paperUpload.attach(item.id(), fileName, content))) {
            showAgenda();
            MeetingParts.done(message, "Paper \"" + added[0].fileName() + "\" added to \"" + item.title() + "\".");
        } else {
            upload.clearFileList();
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static Component itemText(AgendaItemView item) {
        Div text = new Div(new Span(item.title()));
        if (item.description() != null && !item.description().isBlank()) {
            Paragraph description = new Paragraph(item.description());
            text.add(description);
        }
        return text;
    }

    static String decisionText(AgendaItemView item) {
        String decision = item.decision().label();
        return item.decisionReason() == null || item.decisionReason().isBlank() ? decision : decision + ": " + item.decisionReason();
    }

    private Component decisionControls(AgendaItemView item) {
        TextField reason = ContractLimits.limit(new TextField("Reason for the decision on " + item.title() + " (optional)"),
                uk.reviewhub.api.meeting.AgendaDecisionRequest.class, "reason");
        Button accept = new Button("Accept", click -> decide(item, "ACCEPTED", reason.getValue()));
        accept.getElement().setAttribute("aria-label", "Accept " + item.title());
        Button reject = new Button("Reject", click -> decide(item, "REJECTED", reason.getValue()));
        reject.getElement().setAttribute("aria-label", "Reject " + item.title());
        accept.setEnabled(item.decision() != uk.reviewhub.api.vocabulary.AgendaDecision.ACCEPTED);
        reject.setEnabled(item.decision() != uk.reviewhub.api.vocabulary.AgendaDecision.REJECTED);
        return new Div(reason, accept, reject);
    }

    private void decide(AgendaItemView item, String decision, String reason) {
        FormFeedback message = agendaMessage;
        if (MeetingParts.attempt(message, () -> meetings.decide(meetingId, item.id(),
                new AgendaDecisionRequest(item.version(), decision, MeetingsView.blankToNull(reason))))) {
            showAgenda();
            showMinutes();
            MeetingParts.done(message, "\"" + item.title() + "\" " + ("ACCEPTED".equals(decision) ? "accepted." : "rejected."));
        }
    }

    private Component orderControls() {
        FormFeedback message = agendaMessage;
        List<AgendaItemView> accepted = new ArrayList<>(agenda.items().stream()
                .filter(item -> item.decision() == uk.reviewhub.api.vocabulary.AgendaDecision.ACCEPTED).toList());
        Div box = new Div(new H3("Order of the accepted items"));
        box.setId("agenda-order");
        if (accepted.isEmpty()) {
            box.add(new Paragraph("Accept items to order them."));
            return box;
        }
        com.vaadin.flow.component.html.OrderedList list = new com.vaadin.flow.component.html.OrderedList();
        Runnable[] redraw = new Runnable[1];
        redraw[0] = () -> {
            list.removeAll();
            for (int i = 0; i < accepted.size(); i++) {
                int index = i;
                AgendaItemView item = accepted.get(i);
                Button up = new Button("Up", click -> {
                    accepted.add(index - 1, accepted.remove(index));
                    redraw[0].run();
                });
                up.getElement().setAttribute("aria-label", "Move " + item.title() + " up");
                up.setEnabled(index > 0);
                Button down = new Button("Down", click -> {
                    accepted.add(index + 1, accepted.remove(index));
                    redraw[0].run();
                });
                down.getElement().setAttribute("aria-label", "Move " + item.title() + " down");
                down.setEnabled(index < accepted.size() - 1);
                list.add(new ListItem(new Span(item.title() + " "), up, down));
            }
        };
        redraw[0].run();
        Button save = new Button("Save agenda order", click -> {
            if (MeetingParts.attempt(message, () -> meetings.order(meetingId, accepted.stream().map(AgendaItemView::id).toList()))) {
                showAgenda();
                showMinutes();
                MeetingParts.done(message, "Agenda order saved.");
            }
        });
        box.add(list, save);
        return box;
    }

    private Component submitForm() {
        FormFeedback message = agendaMessage;
        TextField title = message.field("title", ContractLimits.limit(new TextField("Item title"),
                uk.reviewhub.api.meeting.SubmitAgendaItemRequest.class, "title"));
        title.setId("item-title");
        title.setRequired(true);
        TextArea description = message.field("description", ContractLimits.limit(new TextArea("Item description"),
                uk.reviewhub.api.meeting.SubmitAgendaItemRequest.class, "description"));
        description.setId("item-description");
        Button submit = new Button("Submit item", click -> {
            if (title.getValue().isBlank()) {
                message.clear();
                message.invalid(title, "Give the agenda item a title.");
                return;
            }
            AgendaItemView[] added = new AgendaItemView[1];
            if (MeetingParts.attempt(message, () -> added[0] = meetings.submit(meetingId,
                    new SubmitAgendaItemRequest(title.getValue().trim(), MeetingsView.blankToNull(description.getValue()))))) {
                showAgenda();
                MeetingParts.done(message, "Item submitted" + (added[0].late() ? ", after the deadline: it is flagged late." : "."));
            }
        });
        Div form = new Div(new H3("Submit an agenda item"), title, description, submit);
        form.addClassName("rh-form");
        return form;
    }

    // ---------------------------------------------------------------- attendance

    private void showAttendance() {
        MeetingAttendanceView attendance = meetings.attendance(meetingId);
        attendanceSection.removeAll();
        attendanceSection.add(new H2("Attendance"), new H3("Quorum"), quorumVerdict, quorumReasons);
        showQuorum(attendance.quorum());
        agencies = new ArrayList<>(attendance.seats().stream().map(AttendanceView::agency)
                .collect(java.util.stream.Collectors.toMap(AgencyView::id, a -> a, (a, b) -> a, LinkedHashMap::new)).values());
        boolean records = runsMeeting();
        NativeTable table = MeetingParts.table("Attendance by seat", "Seat", "Agency", "Role", "Attendance", "Deputy");
        for (AttendanceView seat : attendance.seats()) {
            seatVersions.put(seat.memberId(), seat.version());
            table.getBody().add(MeetingParts.row(List.of(
                    new Span(seat.positionTitle()),
                    new Span(seat.agency().name()),
                    new Span(uk.reviewhub.ui.shell.RoleNames.readable(seat.groupRole().name())),
                    records ? attendanceControl(seat) : new Span(attendanceText(seat)),
                    new Span(deputyText(seat)))));
        }
        attendanceSection.add(table, attendanceMessage);
    }

    private void showQuorum(QuorumVerdictView quorum) {
        String summary = quorum.summary();
        quorumVerdict.setText(summary.isEmpty() ? summary
                : Character.toUpperCase(summary.charAt(0)) + summary.substring(1));
        quorumVerdict.setClassName("rh-error", !quorum.quorate());
        quorumReasons.removeAll();
        quorum.reasons().forEach(reason -> quorumReasons.add(new ListItem(reason)));
    }

    static String attendanceText(AttendanceView seat) {
        String text = seat.status() == null ? "Not recorded" : ATTENDANCE.getOrDefault(seat.status().name(), seat.status().label());
        if (seat.secondConsecutiveApologies()) {
            text += " (second consecutive apologies: the chair follows up)";
        }
        return text;
    }

    static String deputyText(AttendanceView seat) {
        if (seat.status() != uk.reviewhub.api.vocabulary.AttendanceStatus.DEPUTY) {
            return "";
        }
        return (seat.deputyName() == null ? "Deputy" : seat.deputyName())
                + (seat.delegatedAuthority() ? ", with delegated authority" : ", without delegated authority");
    }

    private Component attendanceControl(AttendanceView seat) {
        FormFeedback message = attendanceMessage;
        Select<String> status = new Select<>();
        status.setLabel("Attendance: " + seat.positionTitle());
        status.setItems(ATTENDANCE.keySet());
        status.setItemLabelGenerator(ATTENDANCE::get);
        status.setPlaceholder("Not recorded");
        status.setMinWidth("18rem");
        status.setValue(seat.status() == null ? null : seat.status().name());
        TextField deputyName = ContractLimits.limit(new TextField("Deputy's name for " + seat.positionTitle()),
                RecordAttendanceRequest.class, "deputyName");
        // Not recorded yet: offer the member's standing nominated deputy, if any.
        boolean standing = seat.deputyName() == null && seat.standingDeputy() != null;
        deputyName.setValue(seat.deputyName() != null ? seat.deputyName() : standing ? seat.standingDeputy().label() : "");
        Checkbox delegated = new Checkbox("Deputy for " + seat.positionTitle() + " holds delegated authority",
                standing ? seat.standingDeputy().delegatedAuthority() : seat.delegatedAuthority());
        Div deputy = new Div(deputyName, delegated);
        deputy.setVisible(seat.status() == uk.reviewhub.api.vocabulary.AttendanceStatus.DEPUTY);
        Paragraph followUp = new Paragraph(seat.secondConsecutiveApologies()
                ? "Second consecutive apologies: the chair follows up." : "");
        followUp.setVisible(seat.secondConsecutiveApologies());

        // Every choice saves at once, a deputy too: with the name given (or the standing deputy's),
        // choosing "Represented by a deputy" records it; a name or authority changed later is saved
        // as it changes. Without a name nothing can be saved, and the name field says so.
        Runnable saveDeputy = () -> {
            if (deputyName.getValue().isBlank()) {
                message.clear();
                message.invalid(deputyName, "Give the deputy's name: " + seat.positionTitle()
                        + " is not saved as represented by a deputy until the deputy is named.");
                return;
            }
            deputyName.setInvalid(false);
            record(seat, "DEPUTY", deputyName.getValue().trim(), delegated.getValue(), followUp);
        };
        status.addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            deputy.setVisible("DEPUTY".equals(event.getValue()));
            if ("DEPUTY".equals(event.getValue())) {
                saveDeputy.run();
            } else {
                deputyName.setInvalid(false);
                record(seat, event.getValue(), null, false, followUp);
            }
        });
        deputyName.addValueChangeListener(event -> {
            if (event.isFromClient() && "DEPUTY".equals(status.getValue())) {
                saveDeputy.run();
            }
        });
        delegated.addValueChangeListener(event -> {
            if (event.isFromClient() && "DEPUTY".equals(status.getValue())) {
                saveDeputy.run();
            }
        });
        return new Div(status, deputy, followUp);
    }

    private void record(AttendanceView seat, String status, String deputyName, boolean delegated, Paragraph followUp) {
        FormFeedback message = attendanceMessage;
        MeetingAttendanceView[] answer = new MeetingAttendanceView[1];
        if (MeetingParts.attempt(message, () -> answer[0] = meetings.record(meetingId, seat.memberId(),
                new RecordAttendanceRequest(status, deputyName, delegated, seatVersions.get(seat.memberId()))))) {
            answer[0].seats().forEach(s -> seatVersions.put(s.memberId(), s.version()));
            answer[0].seats().stream().filter(s -> s.memberId().equals(seat.memberId())).findFirst().ifPresent(s -> {
                followUp.setText(s.secondConsecutiveApologies() ? "Second consecutive apologies: the chair follows up." : "");
                followUp.setVisible(s.secondConsecutiveApologies());
            });
            showQuorum(answer[0].quorum());
            quorateFact.setText((answer[0].quorum().quorate() ? "Yes: " : "No: ") + answer[0].quorum().summary());
            MeetingParts.say(message, seat.positionTitle() + ": " + ATTENDANCE.get(status) + " recorded.");
        } else {
            showAttendance();
        }
    }

    private static Map<String, String> attendanceWords() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("PRESENT", "Present");
        words.put("APOLOGIES", "Apologies");
        words.put("ABSENT", "Absent");
        words.put("DEPUTY", "Represented by a deputy");
        return words;
    }

    // ---------------------------------------------------------------- minutes

    private void showMinutes() {
        Optional<MinutesView> current = meetings.minutes(meetingId);
        minutesSection.removeAll();
        minutesSection.add(new H2("Minutes"));
        Paragraph state = new Paragraph();
        state.setId("minutes-status");
        minutesSection.add(state);
        if (current.isEmpty()) {
            state.setText("No minutes have been drafted yet.");
        } else {
            MinutesView minutes = current.get();
            if (groupPeople()) {
                minutesSection.add(documentLinks(true));
            }
            if (minutes.locked()) {
                state.setText("Approved and locked" + (minutes.approvedAt() == null ? "" : " on "
                        + Dates.format(minutes.approvedAt().atZone(Dates.LONDON).toLocalDate()))
                        + (minutes.approvedBy() == null ? "" : " by " + minutes.approvedBy())
                        + (minutes.number() > 1 ? " (amendment " + (minutes.number() - 1) + ": " + minutes.amendmentReason() + ")" : "")
                        + ". Changes are refused; record an amendment instead.");
                if (minutes.minuted() != null) {
                    minutesSection.add(asMinuted(minutes.minuted()));
                }
            } else {
                state.setText("Draft, not yet approved.");
            }
            if (minutes.circulation() != null) {
                Paragraph circulation = new Paragraph("Circulation: " + minutes.circulation().statusLabel()
                        + (minutes.circulation().due() == null ? "" : ", due " + Dates.format(minutes.circulation().due()))
                        + " (" + minutes.circulation().rule() + ")"
                        + (minutes.circulatedOn() == null ? "" : "; circulated " + Dates.format(minutes.circulatedOn())) + ".");
                circulation.setId("minutes-circulation");
                minutesSection.add(circulation);
            } else {
                Paragraph circulation = new Paragraph("No deadline for circulating the minutes is set in the terms of reference"
                        + (minutes.circulatedOn() == null ? "" : "; circulated " + Dates.format(minutes.circulatedOn())) + ".");
                circulation.setId("minutes-circulation");
                minutesSection.add(circulation);
            }
        }
        if (!runsMeeting()) {
            current.ifPresent(minutes -> minutes.entries().forEach(entry -> {
                minutesSection.add(new H3(entry.heading()), new Paragraph(entry.notes() == null ? "" : entry.notes()));
                UnorderedList decisions = new UnorderedList();
                entry.decisions().forEach(d -> decisions.add(new ListItem("Decision: " + d)));
                minutesSection.add(decisions);
            }));
            return;
        }
        if (current.isPresent() && current.get().locked() && !chairDecisions()) {
            // Approved minutes are a record: only the chair's amendment changes them.
            current.get().entries().forEach(entry -> {
                minutesSection.add(new H3(entry.heading()), new Paragraph(entry.notes() == null ? "" : entry.notes()));
                UnorderedList decisions = new UnorderedList();
                entry.decisions().forEach(d -> decisions.add(new ListItem("Decision: " + d)));
                minutesSection.add(decisions);
            });
            minutesSection.add(minutesButtons(current.get(), List.of()), minutesMessage);
            return;
        }
        List<EntryEditor> editors = editors(current.orElse(null));
        editors.forEach(editor -> minutesSection.add(editor.box));
        minutesSection.add(minutesButtons(current.orElse(null), editors), minutesMessage);
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
                + (seat.status() == uk.reviewhub.api.vocabulary.AttendanceStatus.DEPUTY
                        ? "represented by " + seat.deputyName() + " (deputy" + (seat.delegatedAuthority() ? ", with delegated authority)" : ")")
                        : ATTENDANCE.getOrDefault(seat.status().name(), seat.status().name())))));
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
            if (item.decision() == uk.reviewhub.api.vocabulary.AgendaDecision.ACCEPTED || byItem.containsKey(item.id())) {
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

    private Component minutesButtons(MinutesView minutes, List<EntryEditor> editors) {
        FormFeedback message = minutesMessage;
        message.forgetFields();
        Div buttons = new Div();
        buttons.addClassName("rh-form");
        Button save = new Button("Save draft minutes", click -> {
            if (MeetingParts.attempt(message, () -> meetings.draft(meetingId, new DraftMinutesRequest(
                    minutes == null ? null : minutes.version(), entries(editors))))) {
                showMinutes();
                MeetingParts.done(message, "Draft minutes saved.");
            }
        });
        if (minutes == null || !minutes.locked()) {
            buttons.add(save);
        }
        if (minutes != null && !minutes.locked() && chairDecisions()) {
            Select<MeetingView> at = new Select<>();
            at.setLabel("Approved at (optional)");
            at.setId("approved-at");
            at.setEmptySelectionAllowed(true);
            at.setEmptySelectionCaption("Not recorded");
            at.setItems(meetings.meetings(meeting.groupId(), meeting.scheduledStart().toLocalDate(),
                            meeting.scheduledStart().toLocalDate().plusYears(1)).stream()
                    .filter(later -> !later.id().equals(meetingId) && later.status() != uk.reviewhub.api.vocabulary.MeetingStatus.CANCELLED
                            && later.scheduledStart().isAfter(meeting.scheduledStart()))
                    .toList());
            at.setItemLabelGenerator(later -> later == null ? "Not recorded"
                    : later.title() + ", " + MeetingParts.when(later.scheduledStart()));
            buttons.add(at);
            Button approve = new Button("Approve minutes", click -> {
                if (MeetingParts.attempt(message, () -> meetings.approve(meetingId, new ApproveMinutesRequest(minutes.version(),
                        at.getValue() == null ? null : at.getValue().id())))) {
                    showMinutes();
                    MeetingParts.done(message, "Minutes approved and locked.");
                }
            });
            buttons.add(approve);
        }
        if (minutes != null && minutes.locked() && chairDecisions()) {
            TextArea reason = message.field("reason", ContractLimits.limit(new TextArea("Reason for the amendment"),
                    AmendMinutesRequest.class, "reason"));
            reason.setId("amendment-reason");
            Button amend = new Button("Record amendment", click -> {
                if (reason.getValue().isBlank()) {
                    message.clear();
                    message.invalid(reason, "Give the reason for the amendment.");
                    return;
                }
                if (MeetingParts.attempt(message, () -> meetings.amend(meetingId,
                        new AmendMinutesRequest(minutes.version(), reason.getValue().trim(), entries(editors))))) {
                    showMinutes();
                    MeetingParts.done(message, "Amendment recorded as a new approved version.");
                }
            });
            buttons.add(reason, amend);
        }
        if (minutes != null && minutes.circulatedOn() == null) {
            Button circulate = new Button("Record minutes as circulated today", click -> {
                if (MeetingParts.attempt(message, () -> meetings.circulate(meetingId, new CirculateMinutesRequest(minutes.version(), null)))) {
                    showMinutes();
                    MeetingParts.done(message, "Circulation recorded.");
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

    // ---------------------------------------------------------------- actions

    private void showActions() {
        List<ActionView> actions = meetings.actions(meetingId);
        actionsSection.removeAll();
        actionsSection.add(new H2("Actions"));
        if (actions.isEmpty()) {
            actionsSection.add(new Paragraph("No actions recorded at this meeting."));
        } else {
            NativeTable table = MeetingParts.table("Actions from this meeting", "Action", "Owner", "Agency", "Due", "Status");
            for (ActionView action : actions) {
                table.getBody().add(MeetingParts.row(List.of(
                        new Span(action.description()), new Span(action.owner()), new Span(action.agencyName()),
                        new Span(Dates.format(action.dueDate())), ActionLogView.ragBadge(action))));
            }
            actionsSection.add(table);
        }
        if (runsMeeting()) {
            actionsSection.add(actionForm());
        }
        actionsSection.add(actionsMessage);
    }

    private Component actionForm() {
        FormFeedback message = actionsMessage;
        message.forgetFields();
        TextArea description = message.field("description", ContractLimits.limit(new TextArea("Action"),
                NewActionRequest.class, "description"));
        description.setId("action-description");
        TextField owner = message.field("owner", ContractLimits.limit(new TextField("Owner"), NewActionRequest.class, "owner"));
        owner.setId("action-owner");
        Select<AgencyView> agency = message.field("agencyId", new Select<>());
        agency.setLabel("Agency");
        agency.setId("action-agency");
        agency.setItems(agencies);
        agency.setItemLabelGenerator(AgencyView::name);
        DatePicker due = message.field("dueDate", Dates.picker("Due date", NewActionRequest.class, "dueDate", clock));
        due.setId("action-due");
        Select<AgendaItemView> item = new Select<>();
        item.setLabel("Agenda item (optional)");
        item.setId("action-item");
        item.setEmptySelectionAllowed(true);
        item.setEmptySelectionCaption("None");
        item.setItems(agenda.items().stream().filter(i -> i.decision() == uk.reviewhub.api.vocabulary.AgendaDecision.ACCEPTED).toList());
        item.setItemLabelGenerator(i -> i == null ? "None" : i.title());
        Button add = new Button("Record action", click -> {
            if (description.getValue().isBlank() || owner.getValue().isBlank() || agency.getValue() == null || due.getValue() == null) {
                // Each missing field is marked on the field; the first takes the focus.
                message.clear();
                if (due.getValue() == null) {
                    message.invalid(due, "Give the due date.");
                }
                if (agency.getValue() == null) {
                    message.invalid(agency, "Choose the agency.");
                }
                if (owner.getValue().isBlank()) {
                    message.invalid(owner, "Give the action's owner.");
                }
                if (description.getValue().isBlank()) {
                    message.invalid(description, "Give the action.");
                }
                message.problem("Give the action, its owner, the agency and the due date.");
                return;
            }
            if (MeetingParts.attempt(message, () -> meetings.addAction(meetingId, new NewActionRequest(description.getValue().trim(),
                    owner.getValue().trim(), agency.getValue().id(), due.getValue(),
                    item.getValue() == null ? null : item.getValue().id())))) {
                showActions();
                MeetingParts.done(message, "Action recorded.");
            }
        });
        Div form = new Div(new H3("Record an action"), description, owner, agency, due, item, add);
        form.addClassName("rh-form");
        return form;
    }
}
