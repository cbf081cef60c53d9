package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.meeting.ActionStatusRequest;
import uk.reviewhub.api.meeting.ActionView;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.ui.partnership.GroupChooser;
import uk.reviewhub.ui.partnership.PartnershipClient;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.MainLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The group's action log from its meetings, each action with its RAG status in words. */
@Route(value = "meeting-actions", layout = MainLayout.class)
@PageTitle("Meeting action log | Review Hub")
@Menu(title = "Meeting action log", order = 21)
@Prototype
public class ActionLogView extends Main implements BeforeEnterObserver {

    private final PartnershipClient partnerships;
    private final MeetingClient meetings;
    private final GroupChooser chooser;
    private final Paragraph message = MeetingParts.messageLine("action-log-message");
    private final Div content = new Div();
    private ReviewGroupSummary group;

    ActionLogView(PartnershipClient partnerships, MeetingClient meetings) {
        this.partnerships = partnerships;
        this.meetings = meetings;
        this.chooser = new GroupChooser(chosen -> UI.getCurrent().navigate(ActionLogView.class, GroupChooser.queryFor(chosen)));
        addClassName("rh-view");
        add(new H1("Meeting action log"), chooser, message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        group = chooser.show(partnerships.groups(), event.getLocation().getQueryParameters()).orElse(null);
        refresh();
    }

    /** The RAG status in words ("Red: overdue"), with a colour that only repeats them. */
    static Span ragBadge(ActionView action) {
        String tone = switch (action.rag()) {
            case "RED" -> "red";
            case "AMBER" -> "amber";
            case "GREEN" -> "green";
            case "COMPLETE" -> "blue";
            default -> null;
        };
        return MeetingParts.badge(action.ragLabel(), tone);
    }

    private void refresh() {
        content.removeAll();
        if (group == null) {
            content.add(new Paragraph("This partnership has no review groups yet."));
            return;
        }
        content.add(new H2(GroupChooser.label(group)));
        List<ActionView> actions = meetings.actionLog(group.id());
        if (actions.isEmpty()) {
            content.add(new Paragraph("No actions have been recorded at this group's meetings."));
            return;
        }
        Map<String, Long> counts = actions.stream()
                .collect(java.util.stream.Collectors.groupingBy(ActionView::ragLabel, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
        content.add(new Paragraph(actions.size() + (actions.size() == 1 ? " action: " : " actions: ")
                + String.join("; ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()) + "."));
        boolean updates = MeetingParts.recordsMeetings();
        NativeTable table = updates
                ? MeetingParts.table("Action log", "Action", "Owner", "Agency", "Due", "Status", "Meeting", "Change")
                : MeetingParts.table("Action log", "Action", "Owner", "Agency", "Due", "Status", "Meeting");
        for (ActionView action : actions) {
            List<Component> cells = new ArrayList<>(List.of(
                    new Span(action.description()), new Span(action.owner()), new Span(action.agencyName()),
                    new Span(Dates.format(action.dueDate())
                            + (action.completedOn() == null ? "" : " (completed " + Dates.format(action.completedOn()) + ")")),
                    ragBadge(action),
                    new RouterLink("Open meeting", MeetingPage.class, action.meetingId().toString())));
            if (updates) {
                cells.add(statusButtons(action));
            }
            table.getBody().add(MeetingParts.row(cells));
        }
        content.add(table);
    }

    private Component statusButtons(ActionView action) {
        Div buttons = new Div();
        if ("OPEN".equals(action.status())) {
            buttons.add(change(action, "COMPLETED", "Mark complete"), change(action, "CANCELLED", "Cancel action"));
        } else {
            buttons.add(change(action, "OPEN", "Reopen"));
        }
        return buttons;
    }

    private Button change(ActionView action, String status, String label) {
        Button button = new Button(label, click -> {
            if (MeetingParts.attempt(message, () -> meetings.actionStatus(action.id(), new ActionStatusRequest(action.version(), status, null)))) {
                refresh();
                MeetingParts.done(message, "\"" + action.description() + "\": " + label.toLowerCase() + " done.");
            }
        });
        button.getElement().setAttribute("aria-label", label + ": " + action.description());
        return button;
    }
}
