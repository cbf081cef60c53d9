package uk.reviewhub.ui.safeguarding;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.conference.AllegationActionDoneRequest;
import uk.reviewhub.api.conference.AllegationActionRequest;
import uk.reviewhub.api.conference.AllegationOutcomeRequest;
import uk.reviewhub.api.conference.AllegationRequest;
import uk.reviewhub.api.conference.AllegationView;
import uk.reviewhub.api.conference.PersonRef;
import uk.reviewhub.api.vocabulary.EmployerSector;
import uk.reviewhub.api.vocabulary.LadoOutcome;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.Tables;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The LADO log: allegations against people who work with children, each with its referral to the
 * designated officer (and that clock's status in words), its strategy meeting and chair, the
 * actions agreed and the outcome. The person is kept by employer sector and role, never by name.
 * The manager and business support record referrals and set the meeting and its chair
 * ({@link Capability#SAFEGUARDING_RECORD_CHILDREN}); the chair and support record actions
 * ({@link Capability#SAFEGUARDING_RUN}); the chair alone the outcome
 * ({@link Capability#SAFEGUARDING_DECIDE}). A chair sees only the allegations whose meeting they chair.
 * One allegation is shown in full when the address names it ({@code ?allegation=<id>}).
 */
@Route(value = "safeguarding/lado", layout = MainLayout.class)
@PageTitle("LADO log | Review Hub")
@Menu(title = "LADO log", order = 28)
@Allowed(Capability.SAFEGUARDING)
@Prototype
public class LadoLogView extends Main implements BeforeEnterObserver {

    static final String PARAMETER = "allegation";

    private final LadoClient client;
    private final SafeguardingClient service;
    private final Clock clock;
    private final Div log = new Div();
    private final Div detail = new Div();
    private final Div recordForm = new Div();
    private final FormFeedback recordMessage = new FormFeedback("lado-record-message");
    private final FormFeedback meetingMessage = new FormFeedback("lado-meeting-message");
    private final FormFeedback actionMessage = new FormFeedback("lado-action-message");
    private final FormFeedback outcomeMessage = new FormFeedback("lado-outcome-message");

    LadoLogView(LadoClient client, SafeguardingClient service, Clock clock) {
        this.client = client;
        this.service = service;
        this.clock = clock;
        addClassName("rh-view");
        add(new H1("LADO log"),
                new Paragraph("Allegations against people who work with children, referred to the designated officer. "
                        + "The person is recorded by the sector of their employer and their role, never by name."),
                detail, log, recordForm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<AllegationView> allegations = client.allegations();
        Optional<UUID> chosen = event.getLocation().getQueryParameters().getSingleParameter(PARAMETER).flatMap(LadoLogView::uuid);
        detail.removeAll();
        chosen.ifPresent(id -> detail.add(detail(client.allegation(id))));
        log.removeAll();
        log.add(log(allegations));
        recordForm.removeAll();
        if (Capability.SAFEGUARDING_RECORD_CHILDREN.granted()) {
            recordForm.add(recordForm());
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private Section log(List<AllegationView> allegations) {
        if (allegations.isEmpty()) {
            return SafeguardingParts.section("lado-log", "Allegations", new Paragraph(Capability.SAFEGUARDING_RECORD_CHILDREN.granted()
                    ? "No allegations recorded yet." : "No allegation's strategy meeting is yours to chair."));
        }
        List<List<?>> rows = allegations.stream().<List<?>>map(a -> List.of(
                link(a),
                a.employerSector().label(),
                a.personRole(),
                SafeguardingParts.status(a.referral()),
                a.meetingOn() == null ? "Not set" : Dates.cell(a.meetingOn()),
                SafeguardingParts.name(a.chair()),
                a.outcome() == null ? "Open" : a.outcome().label())).toList();
        NativeTable table = Tables.of("Allegations, open first", false,
                List.of("Known on", "Employer sector", "Role", "Referral", "Strategy meeting", "Chair", "Outcome"), rows);
        table.setId("lado-table");
        return SafeguardingParts.section("lado-log", "Allegations (" + allegations.size() + ")", table);
    }

    private static RouterLink link(AllegationView a) {
        RouterLink link = new RouterLink(Dates.cell(a.knownOn()) + (a.reference() == null ? "" : " (" + a.reference() + ")"),
                LadoLogView.class);
        link.setQueryParameters(QueryParameters.of(PARAMETER, a.id().toString()));
        return link;
    }

    // -- one allegation ------------------------------------------------------------------------------

    private Section detail(AllegationView a) {
        DescriptionList facts = new DescriptionList();
        SafeguardingParts.term(facts, "Reference", a.reference());
        SafeguardingParts.term(facts, "Became known", Dates.format(a.knownOn()));
        SafeguardingParts.term(facts, "Referred to the designated officer", a.referredOn() == null ? null : Dates.format(a.referredOn()));
        SafeguardingParts.term(facts, "Referral", a.referral().statusLabel() + " (" + a.referral().rule() + ", due "
                + Dates.format(a.referral().dueOn()) + ")");
        SafeguardingParts.term(facts, "Employer sector", a.employerSector().label());
        SafeguardingParts.term(facts, "Role", a.personRole());
        SafeguardingParts.term(facts, "Strategy meeting", a.meetingOn() == null ? null : Dates.format(a.meetingOn()));
        SafeguardingParts.term(facts, "Chair", a.chair() == null ? null : a.chair().name());
        SafeguardingParts.term(facts, "Outcome", a.outcome() == null ? "Open"
                : a.outcome().label() + " (decided " + Dates.format(a.decidedOn()) + ")");
        Section section = SafeguardingParts.section("lado-allegation", "Allegation known on " + Dates.format(a.knownOn()), facts,
                actions(a));
        if (a.open() && Capability.SAFEGUARDING_RUN.granted()) {
            section.add(actionForm(a));
        }
        if (a.open() && Capability.SAFEGUARDING_DECIDE.granted()) {
            section.add(outcomeForm(a));
        }
        if (a.open() && Capability.SAFEGUARDING_RECORD_CHILDREN.granted()) {
            section.add(meetingForm(a));
        }
        return section;
    }

    private Div actions(AllegationView a) {
        if (a.actions().isEmpty()) {
            return new Div(new Paragraph("No actions agreed yet."));
        }
        List<List<?>> rows = a.actions().stream().<List<?>>map(x -> {
            List<Object> cells = new ArrayList<>(List.of(x.description(), x.owner(), Dates.cell(x.dueOn()), x.status()));
            if (x.doneOn() == null && Capability.SAFEGUARDING_RUN.granted()) {
                Button done = new Button("Done today", click -> {
                    if (actionMessage.attempt(() -> client.allegationActionDone(x.id(),
                            new AllegationActionDoneRequest(Dates.today(clock), x.version())))) {
                        reload(a.id());
                    }
                });
                done.getElement().setAttribute("aria-label", "Done today: " + x.description());
                cells.add(done);
            } else {
                cells.add(x.doneOn() == null ? "" : "Done " + Dates.cell(x.doneOn()));
            }
            return cells;
        }).toList();
        NativeTable table = Tables.of("Actions agreed at the strategy meeting", true, List.of("Action", "Who", "Due", "Status", "Done"), rows);
        table.setId("lado-actions");
        return new Div(table, actionMessage);
    }

    private Div actionForm(AllegationView a) {
        actionMessage.forgetFields();
        TextField description = actionMessage.field("description",
                ContractLimits.limit(new TextField("Action"), AllegationActionRequest.class, "description"));
        TextField owner = actionMessage.field("owner", ContractLimits.limit(new TextField("Who (a role or agency, not a name)"),
                AllegationActionRequest.class, "owner"));
        DatePicker due = actionMessage.field("dueOn", SafeguardingParts.date("Due", AllegationActionRequest.class, "dueOn", clock));
        Checkbox confirmed = new Checkbox("The text holds no person's name and no case number");
        Button add = new Button("Add the action", click -> {
            if (actionMessage.attempt(() -> client.addAllegationAction(a.id(), new AllegationActionRequest(description.getValue(),
                    owner.getValue(), due.getValue(), confirmed.getValue())))) {
                reload(a.id());
            }
        });
        return SafeguardingParts.form("An action agreed at the strategy meeting", description, owner, due, confirmed, add,
                actionMessage);
    }

    private Div outcomeForm(AllegationView a) {
        outcomeMessage.forgetFields();
        Select<LadoOutcome> outcome = outcomeMessage.field("outcome", new Select<>());
        outcome.setLabel("Outcome");
        outcome.setItems(LadoOutcome.values());
        outcome.setItemLabelGenerator(LadoOutcome::label);
        DatePicker decided = outcomeMessage.field("decidedOn", SafeguardingParts.date("Decided on", AllegationOutcomeRequest.class, "decidedOn", clock));
        Button record = new Button("Record the outcome", click -> {
            if (outcomeMessage.attempt(() -> client.allegationOutcome(a.id(),
                    new AllegationOutcomeRequest(outcome.getValue(), decided.getValue(), a.version())))) {
                reload(a.id());
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return SafeguardingParts.form("The outcome (it closes the allegation)", outcome, decided, record, outcomeMessage);
    }

    private Div meetingForm(AllegationView a) {
        meetingMessage.forgetFields();
        DatePicker referred = meetingMessage.field("referredOn", SafeguardingParts.date("Referred to the designated officer on", AllegationRequest.class, "referredOn", clock));
        referred.setValue(a.referredOn());
        DatePicker meeting = meetingMessage.field("meetingOn", SafeguardingParts.date("Strategy meeting on", AllegationRequest.class, "meetingOn", clock));
        meeting.setValue(a.meetingOn());
        Select<PersonRef> chair = meetingMessage.field("chairId", chairs());
        chair.setValue(a.chair() == null ? null : chair.getListDataView().getItems().filter(p -> p.id().equals(a.chair().id()))
                .findFirst().orElse(null));
        Button save = new Button("Save the referral and meeting", click -> {
            if (meetingMessage.attempt(() -> client.changeAllegation(a.id(), new AllegationRequest(a.reference(), a.knownOn(),
                    referred.getValue(), a.employerSector(), a.personRole(), meeting.getValue(),
                    chair.getValue() == null ? null : chair.getValue().id(), true, a.version())))) {
                reload(a.id());
            }
        });
        return SafeguardingParts.form("The referral and the strategy meeting", referred, meeting, chair, save, meetingMessage);
    }

    private Select<PersonRef> chairs() {
        Select<PersonRef> chair = new Select<>();
        chair.setLabel("Chair of the strategy meeting");
        chair.setEmptySelectionAllowed(true);
        chair.setEmptySelectionCaption("Not yet named");
        chair.setItems(service.chairs(null).stream().map(c -> c.chair()).toList());
        chair.setItemLabelGenerator(p -> p == null ? "Not yet named" : p.name());
        return chair;
    }

    // -- recording a referral ------------------------------------------------------------------------

    private Section recordForm() {
        recordMessage.forgetFields();
        TextField reference = recordMessage.field("reference",
                ContractLimits.limit(new TextField("Designated officer's reference (optional)"), AllegationRequest.class, "reference"));
        DatePicker known = recordMessage.field("knownOn", SafeguardingParts.date("The allegation became known on", AllegationRequest.class, "knownOn", clock));
        known.setRequiredIndicatorVisible(true);
        DatePicker referred = recordMessage.field("referredOn", SafeguardingParts.date("Referred to the designated officer on", AllegationRequest.class, "referredOn", clock));
        Select<EmployerSector> sector = recordMessage.field("employerSector", new Select<>());
        sector.setLabel("Employer sector");
        sector.setItems(EmployerSector.values());
        sector.setItemLabelGenerator(EmployerSector::label);
        TextField role = recordMessage.field("personRole",
                ContractLimits.limit(new TextField("The person's role (never their name)"), AllegationRequest.class, "personRole"));
        role.setRequiredIndicatorVisible(true);
        DatePicker meeting = recordMessage.field("meetingOn", SafeguardingParts.date("Strategy meeting on (if set)", AllegationRequest.class, "meetingOn", clock));
        Select<PersonRef> chair = recordMessage.field("chairId", chairs());
        Checkbox confirmed = new Checkbox("The role holds no person's name and no case number");
        Button record = new Button("Record the referral", click -> {
            AllegationView[] made = new AllegationView[1];
            if (recordMessage.attempt(() -> made[0] = client.recordAllegation(new AllegationRequest(blankToNull(reference.getValue()),
                    known.getValue(), referred.getValue(), sector.getValue(), role.getValue(), meeting.getValue(),
                    chair.getValue() == null ? null : chair.getValue().id(), confirmed.getValue(), null)))) {
                reload(made[0].id());
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return SafeguardingParts.section("lado-record", "Record a referral",
                new Paragraph("The name check cannot find every name: write the role only (for example \u201cTeaching assistant\u201d)."),
                SafeguardingParts.form("The allegation", reference, known, referred, sector, role, meeting, chair, confirmed, record,
                        recordMessage));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void reload(UUID id) {
        UI.getCurrent().navigate(LadoLogView.class, QueryParameters.of(PARAMETER, id.toString()));
    }
}
