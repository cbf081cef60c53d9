package uk.reviewhub.ui.safeguarding;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.conference.ActionRequest;
import uk.reviewhub.api.conference.ActionView;
import uk.reviewhub.api.conference.AttendanceRequest;
import uk.reviewhub.api.conference.ChildView;
import uk.reviewhub.api.conference.ConferenceView;
import uk.reviewhub.api.conference.HeldRequest;
import uk.reviewhub.api.conference.InviteeRequest;
import uk.reviewhub.api.conference.InviteeView;
import uk.reviewhub.api.conference.IssueRecordRequest;
import uk.reviewhub.api.conference.OutcomeRequest;
import uk.reviewhub.api.conference.ParticipationRequest;
import uk.reviewhub.api.conference.RecordView;
import uk.reviewhub.api.meeting.QuorumVerdictView;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.vocabulary.AbuseCategory;
import uk.reviewhub.api.vocabulary.ConferenceKind;
import uk.reviewhub.api.vocabulary.ConferenceOutcome;
import uk.reviewhub.api.vocabulary.InviteeAttendance;
import uk.reviewhub.api.vocabulary.RecordKind;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.BackendDownload;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.StatusLight;
import uk.reviewhub.ui.shell.Tables;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A child protection conference or a looked-after review: its clocks, the invitees by agency with
 * their attendance and reports and the live quorum verdict, when it was held, the child's and the
 * parents' participation, the outcome (the chair's: plan or no plan, category, reasons, dissent,
 * core group, plans, next date; a looked-after review's scrutiny of the care plan), its SMART
 * actions, and its records (decision letter, full record): issued from the partnership's templates,
 * reissued only with a reason, read as PDF or DOCX exactly as issued.
 */
@Route(value = "safeguarding/conference", layout = MainLayout.class)
@Allowed(Capability.SAFEGUARDING)
@Prototype
public class ConferencePage extends SafeguardingRecordPage {

    private final Clock clock;

    private final SafeguardingClient client;
    private List<AgencyView> agencies;

    ConferencePage(SafeguardingClient client, Clock clock) {
        super("Conference", "No such conference", "conference-news");
        this.clock = clock;
        this.client = client;
    }

    @Override
    protected void show() {
        ConferenceView conference = client.conference(id());
        ChildView child = client.child(conference.childId());
        List<RecordView> records = client.records(id());
        removeAll();
        String childName = SafeguardingParts.child(child.caseReference(), child.initials());
        title(conference.title() + ", " + childName);
        add(new H1(conference.title()), new RouterLink("Child " + childName, ChildPage.class, child.id().toString()), newsLine(),
                summary(conference), clocks(conference), invitees(conference), participation(conference), outcome(conference, records));
        if (isLookedAfter(conference)) {
            add(actions(conference));
        }
        add(records(conference, records));
    }

    private static boolean isLookedAfter(ConferenceView conference) {
        return conference.kind() == ConferenceKind.LAC_REVIEW || conference.kind() == ConferenceKind.MIDWAY_REVIEW;
    }

    private Section summary(ConferenceView conference) {
        DescriptionList list = new DescriptionList();
        SafeguardingParts.term(list, "What", conference.kind().label() + (conference.number() > 1 ? " (" + ordinal(conference.number()) + ")" : ""));
        SafeguardingParts.term(list, "Planned for", Dates.format(conference.plannedOn()));
        SafeguardingParts.term(list, "Held on", conference.heldOn() == null ? "Not yet held" : Dates.format(conference.heldOn()));
        if (conference.quorate() != null) {
            SafeguardingParts.term(list, "Quorum when held", conference.quorate() ? "Quorate" : "Not quorate: it decides nothing and is reconvened");
        }
        if (conference.delayReason() != null) {
            SafeguardingParts.term(list, "Agreed reason for the delay", conference.delayReason());
        }
        SafeguardingParts.term(list, "Reports shared with the parents", Dates.format(conference.reportsSharedOn()));
        if (conference.earlyAtIroRequest()) {
            SafeguardingParts.term(list, "Brought forward", "At the reviewing officer's request");
        }
        Section section = SafeguardingParts.section("conference-summary", "The conference", list);
        if (Capability.SAFEGUARDING_RUN.granted()) {
            section.add(heldForm(conference));
        }
        return section;
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            default -> "number " + n;
        };
    }

    private Div heldForm(ConferenceView conference) {
        FormFeedback message = new FormFeedback("held-message");
        DatePicker heldOn = message.field("heldOn", SafeguardingParts.date("Held on", HeldRequest.class, "heldOn", clock));
        heldOn.setValue(conference.heldOn());
        TextArea delayReason = message.field("delayReason", ContractLimits.limit(
                new TextArea("Agreed reason for a delay (needed when held after its due date)"), HeldRequest.class, "delayReason"));
        delayReason.setValue(orEmpty(conference.delayReason()));
        DatePicker sharedOn = message.field("reportsSharedOn", SafeguardingParts.date("Reports shared with the parents on", HeldRequest.class, "reportsSharedOn", clock));
        sharedOn.setValue(conference.reportsSharedOn());
        Button held = new Button("Record as held", click -> {
            message.clear();
            if (heldOn.getValue() == null) {
                message.invalid(heldOn, "Give the date it was held.");
                return;
            }
            if (message.attempt(() -> client.held(id(), new HeldRequest(heldOn.getValue(), orNull(delayReason.getValue()),
                    sharedOn.getValue(), conference.version())))) {
                changed("Recorded as held on " + Dates.format(heldOn.getValue()) + ".");
            }
        });
        return SafeguardingParts.form(conference.heldOn() == null ? "Record the conference as held" : "Correct when it was held",
                heldOn, delayReason, sharedOn, held, message);
    }

    private Section clocks(ConferenceView conference) {
        NativeTable table = SafeguardingParts.timeline("The clocks of this conference", conference.clocks());
        table.setId("conference-clocks");
        return SafeguardingParts.section("clocks", "Clocks", table);
    }

    private Section invitees(ConferenceView conference) {
        Section section = SafeguardingParts.section("invitees", "Invitees and attendance");
        boolean runs = Capability.SAFEGUARDING_RUN.granted();
        if (conference.invitees().isEmpty()) {
            section.add(new Paragraph("No one invited yet."));
        } else {
            List<List<?>> rows = conference.invitees().stream().<List<?>>map(i -> List.of(i.agencyName(), i.roleTitle(),
                    i.directContact() ? "Yes" : "No", i.attendance().label(), Dates.cell(i.reportReceivedOn()))).toList();
            NativeTable table = Tables.of("Invitees by agency", false,
                    List.of("Agency", "Role", "Direct contact with the child", "Attendance", "Report received"), rows);
            table.setId("invitee-table");
            section.add(table);
        }
        section.add(quorum(conference.quorum()));
        if (runs) {
            if (!conference.invitees().isEmpty()) {
                section.add(attendanceForm(conference));
            }
            section.add(inviteForm());
        }
        return section;
    }

    private static Component quorum(QuorumVerdictView quorum) {
        Div box = new Div();
        box.setId("quorum");
        if (quorum == null) {
            box.add(new Paragraph("A looked-after review has no quorum."));
            return box;
        }
        box.add(new H3("Quorum now"));
        box.add(new StatusLight(quorum.quorate() ? StatusLight.Tone.GREEN : StatusLight.Tone.RED, capitalised(quorum.summary())));
        if (!quorum.reasons().isEmpty()) {
            UnorderedList reasons = new UnorderedList();
            quorum.reasons().forEach(reason -> reasons.add(new ListItem(reason)));
            box.add(reasons);
        }
        return box;
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Div attendanceForm(ConferenceView conference) {
        FormFeedback message = new FormFeedback("attendance-message");
        Select<InviteeView> invitee = new Select<>();
        invitee.setLabel("Invitee");
        invitee.setItems(conference.invitees());
        invitee.setItemLabelGenerator(i -> i.agencyName() + ", " + i.roleTitle());
        Select<InviteeAttendance> attendance = message.field("attendance", new Select<>());
        attendance.setLabel("Attendance");
        attendance.setItems(InviteeAttendance.values());
        attendance.setItemLabelGenerator(InviteeAttendance::label);
        DatePicker report = message.field("reportReceivedOn", SafeguardingParts.date("Report received on (optional)", AttendanceRequest.class, "reportReceivedOn", clock));
        invitee.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                attendance.setValue(event.getValue().attendance());
                report.setValue(event.getValue().reportReceivedOn());
            }
        });
        Button save = new Button("Save attendance", click -> {
            message.clear();
            if (invitee.getValue() == null) {
                message.invalid(invitee, "Choose the invitee.");
                return;
            }
            if (attendance.getValue() == null) {
                message.invalid(attendance, "Choose their attendance.");
                return;
            }
            InviteeView chosen = invitee.getValue();
            if (message.attempt(() -> client.attendance(chosen.id(), new AttendanceRequest(attendance.getValue(), report.getValue(),
                    chosen.version())))) {
                changed(chosen.agencyName() + ": " + attendance.getValue().label() + ".");
            }
        });
        return SafeguardingParts.form("Record attendance and reports", invitee, attendance, report, save, message);
    }

    private Div inviteForm() {
        FormFeedback message = new FormFeedback("invite-message");
        Select<AgencyView> agency = message.field("agencyId", new Select<>());
        agency.setLabel("Agency");
        agency.setItems(agencies());
        agency.setItemLabelGenerator(AgencyView::name);
        TextField role = message.field("roleTitle", ContractLimits.limit(new TextField("Role (no name)"), InviteeRequest.class, "roleTitle"));
        role.setHelperText("For example: Social worker, Health visitor, Designated safeguarding lead");
        Checkbox direct = new Checkbox("Has direct contact with the child (counts towards the quorum)", true);
        Button invite = new Button("Invite", click -> {
            message.clear();
            if (agency.getValue() == null) {
                message.invalid(agency, "Choose the agency.");
                return;
            }
            if (message.attempt(() -> client.invite(id(), new InviteeRequest(agency.getValue().id(), role.getValue().strip(),
                    direct.getValue())))) {
                changed(agency.getValue().name() + " invited.");
            }
        });
        return SafeguardingParts.form("Invite a professional", agency, role, direct, invite, message);
    }

    private List<AgencyView> agencies() {
        if (agencies == null) {
            agencies = client.agencies();
        }
        return agencies;
    }

    private Section participation(ConferenceView conference) {
        DescriptionList list = new DescriptionList();
        SafeguardingParts.term(list, "The child attended", SafeguardingParts.yesNo(conference.childAttended()));
        SafeguardingParts.term(list, "The child's views, and how they were shared", conference.childViews());
        SafeguardingParts.term(list, "Advocate offered", SafeguardingParts.yesNo(conference.advocateOffered()));
        SafeguardingParts.term(list, "Parents attended", SafeguardingParts.yesNo(conference.parentsAttended()));
        SafeguardingParts.term(list, "Parents' views", conference.parentsViews());
        Section section = SafeguardingParts.section("participation", "Participation", list);
        if (Capability.SAFEGUARDING_RUN.granted()) {
            section.add(participationForm(conference));
        }
        return section;
    }

    private static Select<Boolean> yesNo(String label, Boolean value) {
        Select<Boolean> select = new Select<>();
        select.setLabel(label);
        select.setItems(Boolean.TRUE, Boolean.FALSE);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Not recorded");
        select.setItemLabelGenerator(SafeguardingParts::yesNo);
        select.setValue(value);
        return select;
    }

    private Div participationForm(ConferenceView conference) {
        FormFeedback message = new FormFeedback("participation-message");
        Select<Boolean> childAttended = message.field("childAttended", yesNo("The child attended", conference.childAttended()));
        TextArea childViews = message.field("childViews", ContractLimits.limit(
                new TextArea("The child's views, and how they were shared"), ParticipationRequest.class, "childViews"));
        childViews.setValue(orEmpty(conference.childViews()));
        Select<Boolean> advocate = message.field("advocateOffered", yesNo("Advocate offered", conference.advocateOffered()));
        Select<Boolean> parentsAttended = message.field("parentsAttended", yesNo("Parents attended", conference.parentsAttended()));
        TextArea parentsViews = message.field("parentsViews", ContractLimits.limit(new TextArea("Parents' views"),
                ParticipationRequest.class, "parentsViews"));
        parentsViews.setValue(orEmpty(conference.parentsViews()));
        Button save = new Button("Save participation", click -> {
            if (message.attempt(() -> client.participation(id(), new ParticipationRequest(childAttended.getValue(),
                    orNull(childViews.getValue()), advocate.getValue(), parentsAttended.getValue(), orNull(parentsViews.getValue()),
                    conference.version())))) {
                changed("Participation saved.");
            }
        });
        return SafeguardingParts.form("Record participation", childAttended, childViews, advocate, parentsAttended, parentsViews, save,
                message);
    }

    private Section outcome(ConferenceView conference, List<RecordView> records) {
        DescriptionList list = new DescriptionList();
        boolean lookedAfter = isLookedAfter(conference);
        if (lookedAfter) {
            SafeguardingParts.term(list, "Scrutiny of the care plan", conference.carePlanScrutiny());
        } else {
            SafeguardingParts.term(list, "Decision", conference.outcome() == null ? "Not decided yet" : conference.outcome().label());
            SafeguardingParts.term(list, "Category", conference.category() == null ? "None" : conference.category().label());
            SafeguardingParts.term(list, "Reasons", conference.reasons());
            SafeguardingParts.term(list, "Dissent", conference.dissent() == null ? "None recorded" : conference.dissent());
            SafeguardingParts.term(list, "Lead social worker", conference.leadSocialWorker());
            SafeguardingParts.term(list, "Core group", conference.coreGroup());
            SafeguardingParts.term(list, "Outline plan", conference.outlinePlan());
            SafeguardingParts.term(list, "Contingency plan", conference.contingencyPlan());
        }
        SafeguardingParts.term(list, "Next date", Dates.format(conference.nextOn()));
        Section section = SafeguardingParts.section("outcome", "Outcome", list);
        if (Capability.SAFEGUARDING_DECIDE.granted()) {
            section.add(outcomeForm(conference, !records.isEmpty()));
        }
        return section;
    }

    private Div outcomeForm(ConferenceView conference, boolean issued) {
        FormFeedback message = new FormFeedback("outcome-message");
        boolean lookedAfter = isLookedAfter(conference);
        List<Component> fields = new ArrayList<>();
        Select<ConferenceOutcome> decision = message.field("outcome", new Select<>());
        decision.setLabel("Decision");
        decision.setItems(conference.kind() == ConferenceKind.INITIAL ? List.of(ConferenceOutcome.PLAN, ConferenceOutcome.NO_PLAN)
                : List.of(ConferenceOutcome.PLAN_CONTINUES, ConferenceOutcome.PLAN_ENDS));
        decision.setItemLabelGenerator(ConferenceOutcome::label);
        decision.setValue(conference.outcome());
        Select<AbuseCategory> category = message.field("category", new Select<>());
        category.setLabel("Category (with a plan)");
        category.setItems(AbuseCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("None");
        category.setItemLabelGenerator(c -> c == null ? "None" : c.label());
        category.setValue(conference.category());
        TextArea reasons = text(message, "reasons", "Reasons", conference.reasons());
        TextArea dissent = text(message, "dissent", "Dissent (who disagreed and why)", conference.dissent());
        TextField lead = message.field("leadSocialWorker", ContractLimits.limit(new TextField("Lead social worker (role or team)"),
                OutcomeRequest.class, "leadSocialWorker"));
        lead.setValue(orEmpty(conference.leadSocialWorker()));
        TextArea coreGroup = text(message, "coreGroup", "Core group", conference.coreGroup());
        TextArea outline = text(message, "outlinePlan", "Outline plan", conference.outlinePlan());
        TextArea contingency = text(message, "contingencyPlan", "Contingency plan", conference.contingencyPlan());
        TextArea scrutiny = text(message, "carePlanScrutiny", "Scrutiny of the care plan", conference.carePlanScrutiny());
        DatePicker nextOn = message.field("nextOn", SafeguardingParts.date("Next date", OutcomeRequest.class, "nextOn", clock));
        nextOn.setValue(conference.nextOn());
        TextArea amendment = text(message, "amendmentReason", "Reason for the amendment (the record is already issued)", null);
        if (lookedAfter) {
            fields.addAll(List.of(scrutiny, nextOn));
        } else {
            fields.addAll(List.of(decision, category, reasons, dissent, lead, coreGroup, outline, contingency, nextOn));
        }
        if (issued) {
            fields.add(amendment);
        }
        Button save = new Button("Save the outcome", click -> {
            message.clear();
            if (!lookedAfter && decision.getValue() == null) {
                message.invalid(decision, "Choose the decision.");
                return;
            }
            OutcomeRequest request = lookedAfter
                    ? new OutcomeRequest(null, null, null, null, null, null, null, null, orNull(scrutiny.getValue()), nextOn.getValue(),
                    orNull(amendment.getValue()), conference.version())
                    : new OutcomeRequest(decision.getValue(), category.getValue(), orNull(reasons.getValue()), orNull(dissent.getValue()),
                    orNull(lead.getValue()), orNull(coreGroup.getValue()), orNull(outline.getValue()), orNull(contingency.getValue()),
                    null, nextOn.getValue(), orNull(amendment.getValue()), conference.version());
            if (message.attempt(() -> client.outcome(id(), request))) {
                changed("Outcome saved.");
            }
        });
        fields.add(save);
        fields.add(message);
        return SafeguardingParts.form("Record the outcome", fields.toArray(Component[]::new));
    }

    private static TextArea text(FormFeedback message, String field, String label, String value) {
        TextArea area = message.field(field, ContractLimits.limit(new TextArea(label), OutcomeRequest.class, field));
        area.setWidthFull();
        area.setValue(orEmpty(value));
        return area;
    }

    private Section actions(ConferenceView conference) {
        Section section = SafeguardingParts.section("actions", "Actions (SMART)");
        if (conference.actions().isEmpty()) {
            section.add(new Paragraph("No actions recorded."));
        } else {
            List<List<?>> rows = conference.actions().stream().<List<?>>map(a -> List.of(a.description(), a.owner(),
                    Dates.cell(a.dueOn()), Dates.cell(a.completedOn()), actionStatus(a))).toList();
            NativeTable table = Tables.of("Actions decided at this review", false, List.of("Action", "Owner", "Due", "Completed", "Status"),
                    rows);
            table.setId("action-table");
            section.add(table);
        }
        if (Capability.SAFEGUARDING_DECIDE.granted()) {
            section.add(actionForm());
        }
        List<ActionView> open = conference.actions().stream().filter(a -> a.completedOn() == null).toList();
        if (Capability.SAFEGUARDING_RUN.granted() && !open.isEmpty()) {
            section.add(completeForm(open));
        }
        return section;
    }

    private static StatusLight actionStatus(ActionView action) {
        String status = action.status() == null ? "" : action.status();
        StatusLight.Tone tone = switch (status.toLowerCase(java.util.Locale.UK)) {
            case "overdue", "done late" -> StatusLight.Tone.RED;
            case "done" -> StatusLight.Tone.BLUE;
            default -> StatusLight.Tone.GREEN;
        };
        return new StatusLight(tone, capitalised(status));
    }

    private Div actionForm() {
        FormFeedback message = new FormFeedback("action-message");
        TextArea description = message.field("description", ContractLimits.limit(new TextArea("Action"), ActionRequest.class,
                "description"));
        TextField owner = message.field("owner", ContractLimits.limit(new TextField("Owner (role or team)"), ActionRequest.class, "owner"));
        DatePicker due = message.field("dueOn", SafeguardingParts.date("Due by", ActionRequest.class, "dueOn", clock));
        Button add = new Button("Add the action", click -> {
            if (message.attempt(() -> client.addAction(id(), new ActionRequest(orNull(description.getValue()),
                    orNull(owner.getValue()), due.getValue(), null, null)))) {
                changed("Action added.");
            }
        });
        return SafeguardingParts.form("Add an action", description, owner, due, add, message);
    }

    private Div completeForm(List<ActionView> open) {
        FormFeedback message = new FormFeedback("complete-message");
        Select<ActionView> action = new Select<>();
        action.setLabel("Action");
        action.setItems(open);
        action.setItemLabelGenerator(ActionView::description);
        DatePicker completedOn = message.field("completedOn", SafeguardingParts.date("Completed on", ActionRequest.class, "completedOn", clock));
        Button complete = new Button("Record as completed", click -> {
            message.clear();
            if (action.getValue() == null) {
                message.invalid(action, "Choose the action.");
                return;
            }
            if (completedOn.getValue() == null) {
                message.invalid(completedOn, "Give the date it was completed.");
                return;
            }
            ActionView chosen = action.getValue();
            if (message.attempt(() -> client.completeAction(chosen.id(), new ActionRequest(null, null, null, completedOn.getValue(),
                    chosen.version())))) {
                changed("Action completed.");
            }
        });
        return SafeguardingParts.form("Record an action as completed", action, completedOn, complete, message);
    }

    private Section records(ConferenceView conference, List<RecordView> records) {
        Section section = SafeguardingParts.section("records", "Records");
        if (records.isEmpty()) {
            section.add(new Paragraph("No record issued yet."));
        } else {
            List<List<?>> rows = records.stream().<List<?>>map(r -> List.of(r.kind().label(), r.issue(), Dates.cell(r.issuedOn()),
                    r.issuedBy() == null ? "–" : r.issuedBy().name(), r.amendmentReason() == null ? "–" : r.amendmentReason(),
                    downloads(r))).toList();
            NativeTable table = Tables.of("Records issued, each exactly as issued", false,
                    List.of("Record", "Issue", "Issued on", "Issued by", "Reason for the amendment", "Read"), rows);
            table.setId("record-table");
            section.add(table);
        }
        if (Capability.SAFEGUARDING_RUN.granted()) {
            section.add(issueForm(records));
        }
        return section;
    }

    private Component downloads(RecordView record) {
        Span links = new Span();
        for (String format : List.of("pdf", "docx")) {
            String name = record.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + record.issue() + "." + format;
            Anchor link = new Anchor(new BackendDownload(() -> client.recordFile(record.id(), format), () -> name,
                    "pdf".equals(format) ? SafeguardingClient.PDF : SafeguardingClient.DOCX),
                    format.toUpperCase(java.util.Locale.ROOT));
            link.getElement().setAttribute("aria-label", record.kind().label() + ", issue " + record.issue() + ", as "
                    + format.toUpperCase(java.util.Locale.ROOT));
            link.setId("record-" + record.id() + "-" + format);
            links.add(link, new Span(" "));
        }
        return links;
    }

    private Div issueForm(List<RecordView> records) {
        FormFeedback message = new FormFeedback("issue-message");
        Select<RecordKind> kind = message.field("kind", new Select<>());
        kind.setLabel("Record");
        kind.setItems(RecordKind.values());
        kind.setItemLabelGenerator(RecordKind::label);
        TextArea reason = message.field("amendmentReason", ContractLimits.limit(
                new TextArea("Reason for the amendment (when it was issued before)"), IssueRecordRequest.class, "amendmentReason"));
        Button issue = new Button("Issue the record", click -> {
            message.clear();
            if (kind.getValue() == null) {
                message.invalid(kind, "Choose the record.");
                return;
            }
            if (message.attempt(() -> client.issueRecord(id(), new IssueRecordRequest(kind.getValue(), orNull(reason.getValue()))))) {
                changed(kind.getValue().label() + " issued.");
            }
        });
        return SafeguardingParts.form(records.isEmpty() ? "Issue a record" : "Issue a record, or reissue one with a reason",
                kind, reason, issue, message);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
