package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.UI;
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
import uk.reviewhub.api.meeting.DecisionView;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.ui.partnership.GroupChooser;
import uk.reviewhub.ui.partnership.PartnershipClient;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.MainLayout;

import java.util.List;

/** Every decision in the current minutes of the group's meetings, saying whether the minutes are approved. */
@Route(value = "decisions", layout = MainLayout.class)
@PageTitle("Decisions register | Review Hub")
@Menu(title = "Decisions register", order = 22)
@Prototype
public class DecisionsView extends Main implements BeforeEnterObserver {

    private final PartnershipClient partnerships;
    private final MeetingClient meetings;
    private final GroupChooser chooser;
    private final Div content = new Div();

    DecisionsView(PartnershipClient partnerships, MeetingClient meetings) {
        this.partnerships = partnerships;
        this.meetings = meetings;
        this.chooser = new GroupChooser(chosen -> UI.getCurrent().navigate(DecisionsView.class, GroupChooser.queryFor(chosen)));
        addClassName("rh-view");
        add(new H1("Decisions register"), chooser, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        ReviewGroupSummary group = chooser.show(partnerships.groups(), event.getLocation().getQueryParameters()).orElse(null);
        if (group == null) {
            content.add(new Paragraph("This partnership has no review groups yet."));
            return;
        }
        content.add(new H2(GroupChooser.label(group)));
        List<DecisionView> decisions = meetings.decisions(group.id());
        if (decisions.isEmpty()) {
            content.add(new Paragraph("No decisions are recorded in this group's minutes."));
            return;
        }
        NativeTable table = MeetingParts.table("Decisions register", "Meeting", "Item", "Decision", "Minutes");
        for (DecisionView decision : decisions) {
            RouterLink meeting = new RouterLink(Dates.format(decision.meetingDate()) + ": " + decision.meetingTitle(),
                    MeetingPage.class, decision.meetingId().toString());
            table.getBody().add(MeetingParts.row(List.of(meeting, new Span(decision.heading()), new Span(decision.decision()),
                    new Span("APPROVED".equals(decision.minutesStatus()) ? "Approved" : "Draft, not yet approved"))));
        }
        content.add(table);
    }
}
