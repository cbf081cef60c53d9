package uk.reviewhub.ui.meeting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import uk.reviewhub.api.meeting.MeetingChangeView;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.meeting.QuorumVerdictView;
import uk.reviewhub.ui.partnership.GroupChooser;

import java.util.List;

/**
 * The meeting's heading and facts (when, where, kind, status, quorate) and its schedule changes.
 * Drawn again when the meeting changes; the quorate fact follows the attendance as it is recorded.
 */
final class MeetingDetails extends Div {

    private final MeetingClient meetings;
    private final H1 heading = new H1("Meeting");
    private final Div facts = new Div();
    private final DescriptionList.Description quorateFact = new DescriptionList.Description();

    MeetingDetails(MeetingPage page, MeetingClient meetings) {
        this.meetings = meetings;
        add(heading, facts);
        page.onChange(event -> {
            event.meeting().ifPresent(this::show);
            event.quorum().ifPresent(this::showQuorate);
        });
    }

    void show(MeetingView meeting) {
        heading.setText(meeting.title());
        facts.removeAll();
        DescriptionList list = new DescriptionList();
        list.add(fact("When", MeetingParts.when(meeting.scheduledStart())));
        if (meeting.durationMinutes() != null) {
            list.add(fact("Duration", meeting.durationMinutes() + " minutes"));
        }
        list.add(fact("Location", meeting.location() == null ? "not set" : meeting.location()));
        list.add(fact("Kind", MeetingParts.kindText(meeting.kind())));
        list.add(fact("Status", MeetingParts.statusText(meeting)));
        quorateFact.setText(MeetingParts.quorateText(meeting));
        list.add(new Div(new DescriptionList.Term("Quorate"), quorateFact));
        RouterLink back = new RouterLink("All meetings of this group", MeetingsView.class);
        back.setQueryParameters(QueryParameters.of(GroupChooser.PARAMETER, meeting.groupId().toString()));
        facts.add(back, list);

        List<MeetingChangeView> changes = meetings.changes(meeting.id());
        if (!changes.isEmpty()) {
            UnorderedList changed = new UnorderedList();
            for (MeetingChangeView change : changes) {
                String what = "CANCELLED".equals(change.change()) || change.newStart() == null
                        ? "Cancelled (was " + MeetingParts.when(change.previousStart()) + ")"
                        : "Moved from " + MeetingParts.when(change.previousStart()) + " to " + MeetingParts.when(change.newStart());
                changed.add(new ListItem(what + ". Reason: " + change.reason()));
            }
            facts.add(new H2("Schedule changes"), changed);
        }
    }

    private void showQuorate(QuorumVerdictView quorum) {
        quorateFact.setText((quorum.quorate() ? "Yes: " : "No: ") + quorum.summary());
    }

    private static Component fact(String term, String value) {
        return new Div(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
