package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import uk.reviewhub.api.meeting.AgendaDecisionRequest;
import uk.reviewhub.api.meeting.AgendaItemView;
import uk.reviewhub.api.meeting.AgendaPublicationView;
import uk.reviewhub.api.meeting.AgendaView;
import uk.reviewhub.api.meeting.ClockView;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.meeting.SubmitAgendaItemRequest;
import uk.reviewhub.api.vocabulary.AgendaDecision;
import uk.reviewhub.api.vocabulary.MeetingStatus;
import uk.reviewhub.ui.backend.PaperUploadClient;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;

import java.util.ArrayList;
import java.util.List;

/**
 * The agenda: its deadlines, publishing (the clock, the revisions, the chair's publish button),
 * the items (late ones flagged) with their papers, the chair's decisions and order, and the form
 * to submit an item. The chair's decisions and order are told to the page's other sections (the
 * minutes' entries and the actions' items follow the accepted items).
 */
final class AgendaSection extends Section {

    private final MeetingPage page;
    private final MeetingClient meetings;
    private final PaperUploadClient uploads;
    private final MeetingDownloads downloads;
    private final FormFeedback message = new FormFeedback("agenda-message");
    private MeetingView meeting;
    private AgendaView agenda;

    AgendaSection(MeetingPage page, MeetingClient meetings, PaperUploadClient uploads, MeetingDownloads downloads) {
        this.page = page;
        this.meetings = meetings;
        this.uploads = uploads;
        this.downloads = downloads;
        setId("agenda");
        page.onChange(event -> {
            // A moved, cancelled or held meeting changes the publishing and the papers: read again.
            event.meeting().ifPresent(this::show);
            event.agenda().ifPresent(this::draw);
        });
    }

    /** Reads the agenda of {@code meeting} and draws it; returns it for the sections that follow it. */
    AgendaView show(MeetingView meeting) {
        this.meeting = meeting;
        draw(meetings.agenda(meeting.id()));
        return agenda;
    }

    private void draw(AgendaView agenda) {
        this.agenda = agenda;
        removeAll();
        message.forgetFields();
        add(new H2("Agenda"));
        if (agenda.itemDeadline() != null) {
            add(new Paragraph("Items due by " + Dates.format(agenda.itemDeadline())
                    + (agenda.itemDeadlineRule() == null ? "" : " (" + agenda.itemDeadlineRule() + ")") + "."));
        } else {
            add(new Paragraph("No deadline for agenda items is set in the terms of reference."));
        }
        if (agenda.publishBy() != null) {
            add(new Paragraph("Agenda and papers to be published by " + Dates.format(agenda.publishBy())
                    + (agenda.publishByRule() == null ? "" : " (" + agenda.publishByRule() + ")") + "."));
        }
        add(publishing());
        if (MeetingParts.groupPeople()) {
            add(downloads.documents(meetings, meeting.id(), false));
        }
        if (agenda.items().isEmpty()) {
            add(new Paragraph("No items have been submitted."));
        } else {
            boolean chair = MeetingParts.chairDecisions(meeting);
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
                        new ItemPapers(item, meeting, meetings, uploads, downloads, message, this::paperAttached)));
                if (chair) {
                    cells.add(decisionControls(item));
                }
                table.getBody().add(MeetingParts.row(cells));
            }
            add(table);
            if (chair) {
                add(orderControls());
            }
        }
        if (MeetingParts.part(meeting).submitsItems()) {
            add(submitForm());
        }
        add(message);
    }

    private void paperAttached(String done) {
        draw(meetings.agenda(meeting.id()));
        message.done(done);
    }

    /** The chair decided or ordered: the agenda is read again and every section that follows it told. */
    private void decided(String done) {
        page.changed(MeetingChanged.agenda(page, meetings.agenda(meeting.id())));
        message.done(done);
    }

    /** The publishing clock in words, the latest published revision, and (for the chair) the publish button. */
    private Component publishing() {
        Div box = new Div(new H3("Publishing the agenda"));
        box.setId("agenda-publishing");
        ClockView clock = agenda.publishClock();
        Paragraph status = new Paragraph();
        status.setId("agenda-clock");
        if (clock != null) {
            status.add(new Span("Publishing deadline: "), MeetingParts.badge(clock.statusLabel(), tone(clock.status())),
                    new Span(clock.due() == null ? "" : ", due " + Dates.format(clock.due()) + " (" + clock.rule() + ")."));
        } else if (meeting.status() == MeetingStatus.CANCELLED) {
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
            meetings.publications(meeting.id()).stream().skip(1).forEach(p -> earlier.add(new ListItem("Revision " + p.revision()
                    + ": published " + Dates.format(p.publishedAt().atZone(Dates.LONDON).toLocalDate())
                    + (p.publishedByName() == null ? "" : " by " + p.publishedByName()) + ", "
                    + p.items().size() + (p.items().size() == 1 ? " item" : " items") + " ("
                    + String.join("; ", p.items().stream().map(AgendaPublicationView.Item::title).toList()) + ")")));
            box.add(new Paragraph("Earlier revisions, kept as they were published:"), earlier);
        }
        if (MeetingParts.chairDecisions(meeting) && meeting.status() != MeetingStatus.CANCELLED && meeting.status() != MeetingStatus.HELD) {
            int revision = published == null ? 0 : published.revision();
            Button publish = new Button(published == null ? "Publish agenda and papers" : "Publish a new revision", click -> {
                AgendaView[] answer = new AgendaView[1];
                if (message.attempt(() -> answer[0] = meetings.publish(meeting.id(), revision))) {
                    draw(meetings.agenda(meeting.id()));
                    message.done("Agenda published as revision " + answer[0].published().revision() + ".");
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

    private static Component itemText(AgendaItemView item) {
        Div text = new Div(new Span(item.title()));
        if (item.description() != null && !item.description().isBlank()) {
            text.add(new Paragraph(item.description()));
        }
        return text;
    }

    static String decisionText(AgendaItemView item) {
        String decision = item.decision().label();
        return item.decisionReason() == null || item.decisionReason().isBlank() ? decision : decision + ": " + item.decisionReason();
    }

    private Component decisionControls(AgendaItemView item) {
        TextField reason = ContractLimits.limit(new TextField("Reason for the decision on " + item.title() + " (optional)"),
                AgendaDecisionRequest.class, "reason");
        Button accept = new Button("Accept", click -> decide(item, "ACCEPTED", reason.getValue()));
        accept.getElement().setAttribute("aria-label", "Accept " + item.title());
        Button reject = new Button("Reject", click -> decide(item, "REJECTED", reason.getValue()));
        reject.getElement().setAttribute("aria-label", "Reject " + item.title());
        accept.setEnabled(item.decision() != AgendaDecision.ACCEPTED);
        reject.setEnabled(item.decision() != AgendaDecision.REJECTED);
        return new Div(reason, accept, reject);
    }

    private void decide(AgendaItemView item, String decision, String reason) {
        if (message.attempt(() -> meetings.decide(meeting.id(), item.id(),
                new AgendaDecisionRequest(item.version(), decision, MeetingsView.blankToNull(reason))))) {
            decided("\"" + item.title() + "\" " + ("ACCEPTED".equals(decision) ? "accepted." : "rejected."));
        }
    }

    private Component orderControls() {
        List<AgendaItemView> accepted = new ArrayList<>(agenda.items().stream()
                .filter(item -> item.decision() == AgendaDecision.ACCEPTED).toList());
        Div box = new Div(new H3("Order of the accepted items"));
        box.setId("agenda-order");
        if (accepted.isEmpty()) {
            box.add(new Paragraph("Accept items to order them."));
            return box;
        }
        OrderedList list = new OrderedList();
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
            if (message.attempt(() -> meetings.order(meeting.id(), accepted.stream().map(AgendaItemView::id).toList()))) {
                decided("Agenda order saved.");
            }
        });
        box.add(list, save);
        return box;
    }

    /** The submit form's values, from which the request is made. */
    static final class ItemForm {
        String title = "";
        String description = "";

        SubmitAgendaItemRequest request() {
            return new SubmitAgendaItemRequest(title.trim(), MeetingsView.blankToNull(description));
        }
    }

    private Component submitForm() {
        TextField title = message.field("title", ContractLimits.limit(new TextField("Item title"), SubmitAgendaItemRequest.class, "title"));
        title.setId("item-title");
        TextArea description = message.field("description", ContractLimits.limit(new TextArea("Item description"),
                SubmitAgendaItemRequest.class, "description"));
        description.setId("item-description");
        Binder<ItemForm> binder = FormFeedback.binder();
        binder.forField(title).asRequired("Give the agenda item a title.")
                .withValidator(value -> !value.isBlank(), "Give the agenda item a title.")
                .bind(form -> form.title, (form, value) -> form.title = value);
        binder.forField(description).bind(form -> form.description, (form, value) -> form.description = value);
        binder.readBean(new ItemForm());
        Button submit = new Button("Submit item", click -> {
            ItemForm form = new ItemForm();
            AgendaItemView[] added = new AgendaItemView[1];
            if (message.check(binder, null) && binder.writeBeanIfValid(form)
                    && message.attempt(() -> added[0] = meetings.submit(meeting.id(), form.request()))) {
                draw(meetings.agenda(meeting.id()));
                message.done("Item submitted" + (added[0].late() ? ", after the deadline: it is flagged late." : "."));
            }
        });
        Div form = new Div(new H3("Submit an agenda item"), title, description, submit);
        form.addClassName("rh-form");
        return form;
    }
}
