package uk.reviewhub.ui.safeguarding;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.conference.AllocationRequest;
import uk.reviewhub.api.conference.AllocationView;
import uk.reviewhub.api.conference.ChairCaseload;
import uk.reviewhub.api.conference.ChildRequest;
import uk.reviewhub.api.conference.ChildView;
import uk.reviewhub.api.conference.ConferenceRequest;
import uk.reviewhub.api.conference.ConferenceSummary;
import uk.reviewhub.api.conference.EpisodeEventRequest;
import uk.reviewhub.api.conference.EpisodeRequest;
import uk.reviewhub.api.conference.EpisodeView;
import uk.reviewhub.api.conference.PersonRef;
import uk.reviewhub.api.vocabulary.ConferenceKind;
import uk.reviewhub.api.vocabulary.EpisodeEvent;
import uk.reviewhub.api.vocabulary.EpisodeKind;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.Tables;

import java.util.List;
import java.util.UUID;

/**
 * A child of the safeguarding service: the minimum kept about them, the chair allocated with every
 * allocation before (the manager allocates and reallocates, with a reason), and each episode (child
 * protection or looked after) with its timeline of clocks, every due date following the actual date
 * of the event before it, its conferences and reviews, and the forms to open an episode, record its
 * events and schedule the next conference. The backend refuses what is out of order; its words are
 * shown beside the form.
 */
@Route(value = "safeguarding/child", layout = MainLayout.class)
@Allowed(Capability.SAFEGUARDING)
@Prototype
public class ChildPage extends SafeguardingRecordPage {

    private final Clock clock;

    private final SafeguardingClient client;
    private final IssueClient issues;

    ChildPage(SafeguardingClient client, IssueClient issues, Clock clock) {
        super("Child", "No such child", "child-news");
        this.clock = clock;
        this.client = client;
        this.issues = issues;
    }

    @Override
    protected void show() {
        UUID childId = id();
        ChildView child = client.child(childId);
        List<EpisodeView> episodes = client.episodes(childId);
        removeAll();
        String name = SafeguardingParts.child(child.caseReference(), child.initials());
        title("Child " + name);
        add(new H1("Child " + name), new RouterLink("All children", ChildrenView.class), newsLine(),
                details(child), allocation(child), episodes(episodes), ChildIssues.section(issues, childId, clock));
    }

    private Section details(ChildView child) {
        DescriptionList list = new DescriptionList();
        SafeguardingParts.term(list, "Case-system reference", child.caseReference());
        SafeguardingParts.term(list, "Initials", child.initials());
        if (child.bornOn() != null || child.expectedOn() == null) {
            SafeguardingParts.term(list, "Date of birth", Dates.format(child.bornOn()));
        } else {
            SafeguardingParts.term(list, "Expected date of birth", Dates.format(child.expectedOn()));
        }
        SafeguardingParts.term(list, "Borough", child.borough());
        SafeguardingParts.term(list, "Next due", child.nextDue() == null ? "Nothing open"
                : child.nextDue().title() + ", due " + Dates.format(child.nextDue().dueOn()) + ": " + child.nextDue().statusLabel());
        Section section = SafeguardingParts.section("child-details", "The child", list);
        if (Capability.SAFEGUARDING_RECORD_CHILDREN.granted()) {
            section.add(detailsForm(child));
        }
        return section;
    }

    private Div detailsForm(ChildView child) {
        FormFeedback message = new FormFeedback("details-message");
        TextField reference = message.field("caseReference", ContractLimits.limit(new TextField("Case-system reference"),
                ChildRequest.class, "caseReference"));
        reference.setValue(child.caseReference());
        TextField initials = message.field("initials", ContractLimits.limit(new TextField("Initials"), ChildRequest.class, "initials"));
        initials.setValue(child.initials());
        DatePicker bornOn = message.field("bornOn", SafeguardingParts.date("Date of birth", ChildRequest.class, "bornOn", clock));
        bornOn.setValue(child.bornOn());
        DatePicker expectedOn = message.field("expectedOn", SafeguardingParts.date("Expected date of birth (an unborn child)", ChildRequest.class, "expectedOn", clock));
        expectedOn.setValue(child.expectedOn());
        TextField borough = message.field("borough", ContractLimits.limit(new TextField("Borough"), ChildRequest.class, "borough"));
        borough.setValue(child.borough());
        Button save = new Button("Save the details", click -> {
            if (message.attempt(() -> client.updateChild(id(), new ChildRequest(reference.getValue().strip(),
                    initials.getValue().strip(), bornOn.getValue(), expectedOn.getValue(), borough.getValue().strip(), null,
                    child.version())))) {
                changed("The child's details saved.");
            }
        });
        return SafeguardingParts.form("Correct the details (a child born: their date of birth, no expected date)", reference,
                initials, bornOn, expectedOn, borough, save, message);
    }

    private Section allocation(ChildView child) {
        Section section = SafeguardingParts.section("allocation", "Chair allocated");
        Paragraph now = new Paragraph("Chair: " + SafeguardingParts.name(child.chair()));
        now.setId("chair-now");
        section.add(now);
        List<AllocationView> history = client.allocations(id());
        if (!history.isEmpty()) {
            List<List<?>> rows = history.stream().<List<?>>map(a -> List.of(Dates.cell(a.allocatedOn()), a.chair().name(),
                    a.previousChair() == null ? "–" : a.previousChair().name(), a.reason() == null ? "–" : a.reason(),
                    a.allocatedBy().name())).toList();
            NativeTable table = Tables.of("Every allocation of a chair to this child, newest first", false,
                    List.of("From", "Chair", "Instead of", "Reason", "Allocated by"), rows);
            table.setId("allocation-history");
            section.add(new H3("History"), table);
        }
        if (Capability.SAFEGUARDING_ALLOCATE.granted()) {
            section.add(allocationForm(child));
        }
        return section;
    }

    private Div allocationForm(ChildView child) {
        FormFeedback message = new FormFeedback("allocation-message");
        Select<PersonRef> chair = message.field("chairId", new Select<>());
        chair.setLabel("Chair");
        chair.setItems(client.chairs(SafeguardingDiaryView.DEFAULT_WEEKS).stream().map(ChairCaseload::chair).toList());
        chair.setItemLabelGenerator(PersonRef::name);
        TextArea reason = message.field("reason", ContractLimits.limit(new TextArea(child.chair() == null
                ? "Reason (optional)" : "Reason for the reallocation"), AllocationRequest.class, "reason"));
        DatePicker on = message.field("allocatedOn", SafeguardingParts.date("From (leave empty for today)", AllocationRequest.class, "allocatedOn", clock));
        Button allocate = new Button(child.chair() == null ? "Allocate the chair" : "Reallocate", click -> {
            if (chair.getValue() == null) {
                message.clear();
                message.invalid(chair, "Choose the chair.");
                return;
            }
            if (message.attempt(() -> client.allocate(id(), new AllocationRequest(chair.getValue().id(),
                    reason.getValue().isBlank() ? null : reason.getValue().strip(), on.getValue())))) {
                changed(chair.getValue().name() + " allocated.");
            }
        });
        return SafeguardingParts.form(child.chair() == null ? "Allocate a chair" : "Reallocate the chair (siblings move too)",
                chair, reason, on, allocate, message);
    }

    private Section episodes(List<EpisodeView> episodes) {
        Section section = SafeguardingParts.section("episodes", "Episodes");
        if (episodes.isEmpty()) {
            section.add(new Paragraph("No episode yet."));
        }
        episodes.forEach(episode -> section.add(episode(episode)));
        section.add(openEpisodeForm());
        return section;
    }

    private Div episode(EpisodeView episode) {
        Div box = new Div();
        box.setId("episode-" + episode.id());
        box.addClassName("rh-episode");
        String from = episode.kind() == EpisodeKind.CHILD_PROTECTION ? "from the strategy discussion on " : "from ";
        box.add(new H3(episode.kind().label() + (episode.preBirth() ? " (pre-birth)" : "") + ", " + from
                + Dates.format(episode.startedOn())));
        if (episode.endedOn() != null) {
            box.add(new Paragraph("Ended on " + Dates.format(episode.endedOn())
                    + (episode.endReason() == null ? "." : ": " + episode.endReason())));
        }
        NativeTable timeline = SafeguardingParts.timeline("The clocks of this episode", episode.timeline());
        timeline.addClassName("rh-timeline");
        box.add(timeline);
        box.add(conferences(episode.conferences()));
        if (episode.endedOn() == null) {
            box.add(scheduleForm(episode), eventForm(episode));
        }
        return box;
    }

    private Component conferences(List<ConferenceSummary> conferences) {
        if (conferences.isEmpty()) {
            return new Paragraph("No conference or review scheduled yet.");
        }
        List<List<?>> rows = conferences.stream().<List<?>>map(c -> List.of(
                new RouterLink(c.title(), ConferencePage.class, c.id().toString()),
                Dates.cell(c.plannedOn()),
                Dates.cell(c.heldOn()),
                c.quorate() == null ? "–" : c.quorate() ? "Quorate" : "Not quorate",
                c.outcome() == null ? "–" : c.outcome().label() + (c.category() == null ? "" : " (" + c.category().label() + ")")))
                .toList();
        return Tables.of("Conferences and reviews of this episode", false, List.of("Conference or review", "Planned", "Held", "Quorum",
                "Outcome"), rows);
    }

    private Div scheduleForm(EpisodeView episode) {
        FormFeedback message = new FormFeedback("schedule-message-" + episode.id());
        Select<ConferenceKind> kind = message.field("kind", new Select<>());
        kind.setLabel("Conference or review");
        kind.setItems(episode.kind() == EpisodeKind.CHILD_PROTECTION
                ? List.of(ConferenceKind.INITIAL, ConferenceKind.REVIEW)
                : List.of(ConferenceKind.LAC_REVIEW, ConferenceKind.MIDWAY_REVIEW));
        kind.setItemLabelGenerator(ConferenceKind::label);
        DatePicker plannedOn = message.field("plannedOn", SafeguardingParts.date("Planned for", ConferenceRequest.class, "plannedOn", clock));
        Checkbox early = new Checkbox("Brought forward because the reviewing officer asked");
        early.setVisible(episode.kind() == EpisodeKind.LOOKED_AFTER);
        Button schedule = new Button("Schedule", click -> {
            message.clear();
            if (kind.getValue() == null) {
                message.invalid(kind, "Choose the conference or review.");
                return;
            }
            if (plannedOn.getValue() == null) {
                message.invalid(plannedOn, "Give the date it is planned for.");
                return;
            }
            if (message.attempt(() -> client.schedule(episode.id(), new ConferenceRequest(kind.getValue(), plannedOn.getValue(),
                    early.getValue())))) {
                changed(kind.getValue().label() + " scheduled for " + Dates.format(plannedOn.getValue()) + ".");
            }
        });
        return SafeguardingParts.form("Schedule a conference or review", kind, plannedOn, early, schedule, message);
    }

    private Div eventForm(EpisodeView episode) {
        FormFeedback message = new FormFeedback("event-message-" + episode.id());
        Select<EpisodeEvent> event = message.field("event", new Select<>());
        event.setLabel("Event");
        event.setItems(episode.kind() == EpisodeKind.CHILD_PROTECTION
                ? List.of(EpisodeEvent.FIRST_CORE_GROUP)
                : List.of(EpisodeEvent.IRO_ALLOCATED, EpisodeEvent.PANEL_CHECKED, EpisodeEvent.ENDED));
        event.setItemLabelGenerator(EpisodeEvent::label);
        DatePicker on = message.field("on", SafeguardingParts.date("On", EpisodeEventRequest.class, "on", clock));
        TextArea reason = message.field("reason", ContractLimits.limit(new TextArea("Reason (for an end)"), EpisodeEventRequest.class,
                "reason"));
        Button record = new Button("Record the event", click -> {
            message.clear();
            if (event.getValue() == null) {
                message.invalid(event, "Choose the event.");
                return;
            }
            if (on.getValue() == null) {
                message.invalid(on, "Give the date.");
                return;
            }
            if (message.attempt(() -> client.recordEvent(episode.id(), new EpisodeEventRequest(event.getValue(), on.getValue(),
                    reason.getValue().isBlank() ? null : reason.getValue().strip(), episode.version())))) {
                changed(event.getValue().label() + " on " + Dates.format(on.getValue()) + ".");
            }
        });
        return SafeguardingParts.form("Record an event", event, on, reason, record, message);
    }

    private Div openEpisodeForm() {
        FormFeedback message = new FormFeedback("episode-message");
        Select<EpisodeKind> kind = message.field("kind", new Select<>());
        kind.setLabel("Episode");
        kind.setItems(EpisodeKind.values());
        kind.setItemLabelGenerator(EpisodeKind::label);
        DatePicker startedOn = message.field("startedOn",
                SafeguardingParts.date("Started on (the strategy discussion, or the day the child became looked after)", EpisodeRequest.class, "startedOn", clock));
        Button open = new Button("Open the episode", click -> {
            message.clear();
            if (kind.getValue() == null) {
                message.invalid(kind, "Choose child protection or looked after.");
                return;
            }
            if (startedOn.getValue() == null) {
                message.invalid(startedOn, "Give the date it started.");
                return;
            }
            if (message.attempt(() -> client.openEpisode(id(), new EpisodeRequest(kind.getValue(), startedOn.getValue())))) {
                changed(kind.getValue().label() + " episode opened.");
            }
        });
        return SafeguardingParts.form("Open an episode", kind, startedOn, open, message);
    }
}
