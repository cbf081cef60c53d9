package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import uk.reviewhub.api.meeting.ActionView;
import uk.reviewhub.api.meeting.AgendaItemView;
import uk.reviewhub.api.meeting.AgendaView;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.meeting.NewActionRequest;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.vocabulary.AgendaDecision;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The actions recorded at the meeting and, for those who run it, the form to record one. The form's
 * agenda items follow the chair's decisions as the agenda section tells them.
 */
final class ActionsSection extends Section {

    private final MeetingClient meetings;
    private final Clock clock;
    private final FormFeedback message = new FormFeedback("actions-message");
    /** The agenda items an action may be recorded against: the accepted ones. */
    private List<AgendaItemView> accepted = List.of();
    /** The form's choice of those items, while the form is shown. */
    private Select<AgendaItemView> itemChoice;
    private MeetingView meeting;
    private List<AgencyView> agencies = List.of();

    ActionsSection(MeetingPage page, MeetingClient meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
        setId("actions");
        page.onChange(event -> {
            event.meeting().ifPresent(changed -> meeting = changed);
            event.agenda().ifPresent(this::offerItems);
        });
    }

    /** Reads and draws the actions of {@code meeting}; the form offers {@code agencies} and the accepted items of {@code agenda}. */
    void show(MeetingView meeting, AgendaView agenda, List<AgencyView> agencies) {
        this.meeting = meeting;
        this.agencies = agencies;
        offerItems(agenda);
        draw();
    }

    private void offerItems(AgendaView agenda) {
        accepted = agenda.items().stream().filter(i -> i.decision() == AgendaDecision.ACCEPTED).toList();
        if (itemChoice != null) {
            itemChoice.setItems(accepted);
        }
    }

    private void draw() {
        List<ActionView> actions = meetings.actions(meeting.id());
        removeAll();
        add(new H2("Actions"));
        if (actions.isEmpty()) {
            add(new Paragraph("No actions recorded at this meeting."));
        } else {
            NativeTable table = MeetingParts.table("Actions from this meeting", "Action", "Owner", "Agency", "Due", "Status");
            for (ActionView action : actions) {
                table.getBody().add(MeetingParts.row(List.of(
                        new Span(action.description()), new Span(action.owner()), new Span(action.agencyName()),
                        new Span(Dates.format(action.dueDate())), ActionLogView.ragBadge(action))));
            }
            add(table);
        }
        if (MeetingParts.runsMeeting(meeting)) {
            add(form());
        }
        add(message);
    }

    /** The action form's values, from which the request is made. */
    static final class ActionForm {
        String description = "";
        String owner = "";
        AgencyView agency;
        LocalDate dueDate;
        AgendaItemView item;

        NewActionRequest request() {
            return new NewActionRequest(description.trim(), owner.trim(), agency.id(), dueDate, item == null ? null : item.id());
        }
    }

    private Component form() {
        message.forgetFields();
        TextArea description = message.field("description", ContractLimits.limit(new TextArea("Action"), NewActionRequest.class, "description"));
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
        item.setItems(accepted);
        item.setItemLabelGenerator(i -> i == null ? "None" : i.title());
        itemChoice = item;

        Binder<ActionForm> binder = FormFeedback.binder();
        binder.forField(description).asRequired("Give the action.")
                .withValidator(value -> !value.isBlank(), "Give the action.")
                .bind(form -> form.description, (form, value) -> form.description = value);
        binder.forField(owner).asRequired("Give the action's owner.")
                .withValidator(value -> !value.isBlank(), "Give the action's owner.")
                .bind(form -> form.owner, (form, value) -> form.owner = value);
        binder.forField(agency).withValidator(FormFeedback.chosen("Choose the agency.")).bind(form -> form.agency, (form, value) -> form.agency = value);
        binder.forField(due).asRequired("Give the due date.").bind(form -> form.dueDate, (form, value) -> form.dueDate = value);
        binder.forField(item).bind(form -> form.item, (form, value) -> form.item = value);
        binder.readBean(new ActionForm());

        Button add = new Button("Record action", click -> {
            // Each missing field is marked on the field; the first takes the focus.
            ActionForm form = new ActionForm();
            if (message.check(binder, "Give the action, its owner, the agency and the due date.") && binder.writeBeanIfValid(form)
                    && message.attempt(() -> meetings.addAction(meeting.id(), form.request()))) {
                draw();
                message.done("Action recorded.");
            }
        });
        Div form = new Div(new H3("Record an action"), description, owner, agency, due, item, add);
        form.addClassName("rh-form");
        return form;
    }
}
