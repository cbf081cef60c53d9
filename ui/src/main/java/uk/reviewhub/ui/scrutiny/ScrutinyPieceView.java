package uk.reviewhub.ui.scrutiny;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.scrutiny.FrameworkView;
import uk.reviewhub.api.scrutiny.ObservationRequest;
import uk.reviewhub.api.scrutiny.ObservationView;
import uk.reviewhub.api.scrutiny.PersonName;
import uk.reviewhub.api.scrutiny.PieceView;
import uk.reviewhub.api.scrutiny.ProgrammeView;
import uk.reviewhub.api.scrutiny.ScrutinyDayRequest;
import uk.reviewhub.api.scrutiny.StatusRequest;
import uk.reviewhub.api.vocabulary.ScrutinyMethod;
import uk.reviewhub.api.vocabulary.ScrutinyStatus;
import uk.reviewhub.api.scrutiny.EvidenceRequest;
import uk.reviewhub.api.scrutiny.EvidenceView;
import uk.reviewhub.api.scrutiny.PieceChangeRequest;
import uk.reviewhub.api.vocabulary.EvidenceKind;
import uk.reviewhub.ui.backend.SessionCredentials;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.StatusLight;
import uk.reviewhub.ui.shell.Tables;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A piece of scrutiny: as commissioned, where it stands and its report clock, its days, themes,
 * observations, other evidence (focus groups, feedback, audits) and findings with the evidence they
 * draw on, their recommendations and CAP actions. For its lead and team: changing the commission,
 * the next step of its lifecycle, logging days, and the forms for observations (ratings per domain
 * of the current framework), evidence and findings, all under the minimal-data rule (no child's or
 * family member's name). Others who may read it (the partnership admin) see no controls. Laid out in
 * one column, so it works on a tablet and from the keyboard alone. Sections are listed in
 * {@link #sections}, so one more is one more line.
 */
@Route(value = "scrutiny/pieces/:pieceId", layout = MainLayout.class)
@Allowed(Capability.SCRUTINY)
@Prototype
public class ScrutinyPieceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PIECE_ID = "pieceId";
    static final String NO_NAMES = "Record no child's or family member's name and no case number: describe the practice you saw. "
            + "Review Hub warns on text that looks like a name or a case number, but cannot find every one.";

    private final ScrutinyClient scrutiny;
    private final ScrutinyReportClient reports;
    private final Clock clock;
    private final FormFeedback statusFeedback = new FormFeedback("scrutiny-status-message");
    private final FormFeedback dayFeedback = new FormFeedback("scrutiny-day-message");
    private final FormFeedback observationFeedback = new FormFeedback("scrutiny-observation-message");
    private final FormFeedback changeFeedback = new FormFeedback("scrutiny-change-message");
    private final FormFeedback evidenceFeedback = new FormFeedback("scrutiny-evidence-message");
    private final ScrutinyFindingsSection findings;
    private UUID pieceId;
    private String title = "Piece of scrutiny | Review Hub";

    ScrutinyPieceView(ScrutinyClient scrutiny, ScrutinyReportClient reports, Clock clock) {
        this.scrutiny = scrutiny;
        this.reports = reports;
        this.clock = clock;
        this.findings = new ScrutinyFindingsSection(scrutiny, clock);
        addClassName("rh-view");
    }

    public static RouteParameters parameters(UUID pieceId) {
        return new RouteParameters(PIECE_ID, pieceId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            pieceId = UUID.fromString(event.getRouteParameters().get(PIECE_ID).orElse(""));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("No such piece of scrutiny");
        }
        show(scrutiny.piece(pieceId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(PieceView piece) {
        removeAll();
        title = piece.title() + " | Review Hub";
        add(new H1(piece.title()), new Paragraph(new RouterLink("Back to the scrutiny programme", ScrutinyProgrammeView.class)));
        sections(piece, worksOn(piece)).forEach(this::add);
    }

    /**
     * The page's sections, in order; each reads what it shows. A new section is one more line here.
     * {@code works}: the signed-in person is the piece's lead or on its team (the backend decides).
     */
    private List<Section> sections(PieceView piece, boolean works) {
        List<Section> sections = new ArrayList<>();
        sections.add(details(piece));
        if (works && piece.status().open()) {
            sections.add(changeForm(piece));
        }
        if (works && !piece.nextStatuses().isEmpty()) {
            sections.add(lifecycle(piece));
        }
        sections.add(days(piece, works));
        List<ObservationView> observations = scrutiny.observations(piece.id());
        sections.add(themes(piece));
        sections.add(observations(observations));
        if (works && piece.status().open() && piece.methodology().contains(ScrutinyMethod.OBSERVATIONS)) {
            List<FrameworkView> versions = scrutiny.frameworkVersions();
            if (!versions.isEmpty()) {
                sections.add(observationForm(versions.getFirst()));
            }
        }
        List<EvidenceView> evidence = scrutiny.evidence(piece.id());
        sections.add(evidence(piece, evidence, works));
        sections.add(findings.section(piece, observations, evidence, works && piece.status().open(), () -> show(scrutiny.piece(pieceId))));
        sections.add(ScrutinyReportSection.of(piece, reports));
        return sections;
    }

    /** Whether the signed-in scrutineer leads the piece or is on its team. */
    private static boolean worksOn(PieceView piece) {
        if (!Capability.SCRUTINY_WORK.granted()) {
            return false;
        }
        UUID me = SessionCredentials.current().map(c -> c.me() == null ? null : c.me().userId()).orElse(null);
        return me != null && (me.equals(piece.lead().id()) || piece.team().stream().anyMatch(p -> me.equals(p.id())));
    }

    private Section details(PieceView piece) {
        DescriptionList list = new DescriptionList();
        list.add(new Term("Status"), new Description(piece.status().label()
                + (piece.reportedOn() == null ? "" : ", reported on " + Dates.format(piece.reportedOn()))));
        Description clockCell = new Description();
        clockCell.add(StatusLight.forClock(piece.clockStatus(), piece.clockLabel()));
        clockCell.add(new com.vaadin.flow.component.html.Span(" Report due "
                + (piece.reportDue() == null ? "–" : Dates.format(piece.reportDue()))));
        list.add(new Term("Report"), clockCell);
        list.add(new Term("Commissioned"), new Description(piece.commissionedBy() + ", " + Dates.format(piece.commissionedOn())));
        list.add(new Term("Scope"), new Description(piece.scope()));
        if (!piece.questions().isEmpty()) {
            UnorderedList questions = new UnorderedList();
            piece.questions().forEach(q -> questions.add(new ListItem(q)));
            Description cell = new Description();
            cell.add(questions);
            list.add(new Term("Questions"), cell);
        }
        list.add(new Term("Methodology"), new Description(String.join(", ",
                piece.methodology().stream().map(ScrutinyMethod::label).toList())));
        list.add(new Term("Lead scrutineer"), new Description(piece.lead().name()));
        list.add(new Term("Team"), new Description(piece.team().isEmpty() ? "None"
                : String.join(", ", piece.team().stream().map(PersonName::name).toList())));
        Section section = new Section(list);
        section.setId("scrutiny-piece-details");
        return section;
    }

    private Section lifecycle(PieceView piece) {
        Section section = new Section(new H2("Move the piece on"));
        section.setId("scrutiny-lifecycle");
        DatePicker reportedOn = statusFeedback.field("reportedOn", Dates.picker("Report sent to the statutory partners on", StatusRequest.class, "reportedOn", clock));
        reportedOn.setMax(today());
        if (piece.nextStatuses().contains(ScrutinyStatus.COMPLETE)) {
            section.add(reportedOn);
        }
        for (ScrutinyStatus next : piece.nextStatuses()) {
            Button button = new Button(next == ScrutinyStatus.WITHDRAWN ? "Withdraw the piece" : "Mark as " + next.label().toLowerCase(),
                    event -> {
                        PieceView[] moved = new PieceView[1];
                        if (statusFeedback.attempt(() -> moved[0] = scrutiny.moveOn(piece.id(), new StatusRequest(next,
                                next == ScrutinyStatus.COMPLETE ? reportedOn.getValue() : null, piece.version())))) {
                            show(moved[0]);
                            statusFeedback.done("The piece is now " + moved[0].status().label().toLowerCase() + ".");
                        }
                    });
            if (next != ScrutinyStatus.WITHDRAWN) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            section.add(button);
        }
        section.add(statusFeedback);
        return section;
    }

    private Section days(PieceView piece, boolean works) {
        Section section = new Section(new H2("Scrutineers' days"));
        section.setId("scrutiny-days");
        section.add(new Paragraph("Days on this piece count against the chair's days allocation, beside chairing: "
                + piece.daysLogged().stripTrailingZeros().toPlainString() + " logged."));
        if (!piece.days().isEmpty()) {
            section.add(Tables.of("Days logged on the piece", false, List.of("Date", "Days", "Scrutineer", "Work"),
                    piece.days().stream().<List<?>>map(d -> List.of(Dates.format(d.workedOn()),
                            d.days().stripTrailingZeros().toPlainString(), d.workedBy().name(), d.description())).toList()));
        }
        if (works && piece.status() != ScrutinyStatus.WITHDRAWN) {
            DatePicker workedOn = dayFeedback.field("workedOn", Dates.picker("Date worked", ScrutinyDayRequest.class, "workedOn", clock));
            workedOn.setMax(today());
            Select<BigDecimal> days = dayFeedback.field("days", new Select<>());
            days.setLabel("Time worked");
            days.setItems(new BigDecimal("0.25"), new BigDecimal("0.5"), new BigDecimal("0.75"), BigDecimal.ONE);
            days.setItemLabelGenerator(d -> d.compareTo(BigDecimal.ONE) == 0 ? "A day" : d.stripTrailingZeros().toPlainString() + " of a day");
            days.setValue(BigDecimal.ONE);
            TextArea work = dayFeedback.field("description", ContractLimits.limit(new TextArea("Work done"),
                    ScrutinyDayRequest.class, "description"));
            Button log = new Button("Log the day", event -> {
                if (workedOn.getValue() == null) {
                    dayFeedback.invalid(workedOn, "Enter the date worked.");
                    return;
                }
                PieceView[] logged = new PieceView[1];
                if (dayFeedback.attempt(() -> logged[0] = scrutiny.logDay(piece.id(),
                        new ScrutinyDayRequest(workedOn.getValue(), days.getValue(), work.getValue().strip())))) {
                    show(logged[0]);
                    dayFeedback.done("Day logged for " + Dates.format(workedOn.getValue()) + ".");
                }
            });
            Div form = new Div(workedOn, days, work, log, dayFeedback);
            form.addClassName("rh-form");
            section.add(new H3("Log a day on this piece"), form);
        }
        return section;
    }

    /** The themes across the observations: per domain, how many observations gave each rating. */
    private Section themes(PieceView piece) {
        Section section = new Section(new H2("Themes across observations"));
        section.setId("scrutiny-themes");
        if (piece.themes().isEmpty()) {
            section.add(new Paragraph("No domain has been rated yet."));
            return section;
        }
        section.add(Tables.of("Ratings per domain", false, List.of("Domain", "Observations by rating"),
                piece.themes().stream().<List<?>>map(t -> List.of(t.domainName(), String.join("; ", t.counts().stream()
                        .map(c -> c.rating() + ": " + c.count()).toList()))).toList()));
        return section;
    }

    private Section observations(List<ObservationView> observations) {
        Section section = new Section(new H2("Observations of frontline practice"));
        section.setId("scrutiny-observations");
        if (observations.isEmpty()) {
            section.add(new Paragraph("No observation has been recorded on this piece yet."));
            return section;
        }
        for (ObservationView o : observations) {
            Div one = new Div(new H3(o.setting() + ", " + Dates.format(o.observedOn())));
            one.add(new Paragraph("Observed by " + o.observer().name() + ", against version " + o.frameworkVersion() + " of the framework."));
            one.add(Tables.of("Ratings", false, List.of("Domain", "Rating"),
                    o.ratings().stream().<List<?>>map(r -> List.of(r.domainName(), r.rating())).toList()));
            DescriptionList notes = new DescriptionList();
            notes.add(new Term("Evidence"), new Description(o.evidence()));
            if (o.strengths() != null) {
                notes.add(new Term("Strengths"), new Description(o.strengths()));
            }
            if (o.areasForDevelopment() != null) {
                notes.add(new Term("Areas for development"), new Description(o.areasForDevelopment()));
            }
            if (o.practitionerFeedback() != null) {
                notes.add(new Term("Practitioner's feedback"), new Description(o.practitionerFeedback()));
            }
            one.add(notes);
            section.add(one);
        }
        return section;
    }

    private Section observationForm(FrameworkView framework) {
        observationFeedback.forgetFields();
        Section section = new Section(new H2("Record an observation"));
        section.setId("scrutiny-observation-form");
        Paragraph warning = new Paragraph(NO_NAMES);
        warning.setId("scrutiny-no-names");
        section.add(new Paragraph("Against version " + framework.version() + " of " + framework.name() + "."), warning);
        DatePicker observedOn = observationFeedback.field("observedOn", Dates.picker("Date observed", ObservationRequest.class, "observedOn", clock));
        observedOn.setMax(today());
        TextField setting = observationFeedback.field("setting", ContractLimits.limit(new TextField("Team, service or meeting observed"),
                ObservationRequest.class, "setting"));
        setting.setHelperText("e.g. a strategy discussion, an initial child protection conference, a front door triage");
        Div fields = new Div(observedOn, setting);
        fields.addClassName("rh-form");
        List<Select<String>> ratings = new ArrayList<>();
        for (FrameworkView.Domain domain : framework.domains()) {
            Select<String> rating = new Select<>();
            rating.setLabel(domain.name());
            rating.setItems(domain.ratingScale());
            rating.setEmptySelectionAllowed(true);
            rating.setEmptySelectionCaption("Not rated");
            if (domain.guidance() != null) {
                rating.setHelperText(domain.guidance());
            }
            ratings.add(rating);
            fields.add(rating);
            if (!domain.prompts().isEmpty()) {
                UnorderedList prompts = new UnorderedList();
                prompts.getElement().setAttribute("aria-label", "Prompts for " + domain.name());
                domain.prompts().forEach(p -> prompts.add(new ListItem(p)));
                fields.add(prompts);
            }
        }
        TextArea evidence = observationFeedback.field("evidence", ContractLimits.limit(new TextArea("Evidence"),
                ObservationRequest.class, "evidence"));
        TextArea strengths = observationFeedback.field("strengths", ContractLimits.limit(new TextArea("Strengths (optional)"),
                ObservationRequest.class, "strengths"));
        TextArea areas = observationFeedback.field("areasForDevelopment", ContractLimits.limit(
                new TextArea("Areas for development (optional)"), ObservationRequest.class, "areasForDevelopment"));
        TextArea feedback = observationFeedback.field("practitionerFeedback", ContractLimits.limit(
                new TextArea("Practitioner's feedback (optional)"), ObservationRequest.class, "practitionerFeedback"));
        Checkbox noNames = new Checkbox("I have checked: the text holds no child's or family member's name and no case number");
        noNames.setId("scrutiny-no-names-confirmed");
        fields.add(evidence, strengths, areas, feedback, noNames);
        Button record = new Button("Record the observation", event -> {
            if (observedOn.getValue() == null) {
                observationFeedback.invalid(observedOn, "Enter the date observed.");
                return;
            }
            List<ObservationRequest.Rating> given = new ArrayList<>();
            for (int i = 0; i < ratings.size(); i++) {
                if (ratings.get(i).getValue() != null) {
                    observationFeedback.field("ratings[" + given.size() + "].rating", ratings.get(i));
                    given.add(new ObservationRequest.Rating(framework.domains().get(i).code(), ratings.get(i).getValue()));
                }
            }
            if (given.isEmpty()) {
                observationFeedback.invalid(ratings.getFirst(), "Rate at least one domain.");
                return;
            }
            ObservationView[] made = new ObservationView[1];
            if (observationFeedback.attempt(() -> made[0] = scrutiny.observe(pieceId, new ObservationRequest(observedOn.getValue(),
                    setting.getValue().strip(), framework.version(), given, evidence.getValue().strip(), strengths.getValue(),
                    areas.getValue(), feedback.getValue(), noNames.getValue())))) {
                show(scrutiny.piece(pieceId));
                observationFeedback.done("Observation recorded: " + made[0].setting() + ", " + Dates.format(made[0].observedOn()) + ".");
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(fields, record, observationFeedback);
        return section;
    }

    /** The commission changed after it was recorded: title, scope, questions, methodology, lead, team, timescale. */
    private Section changeForm(PieceView piece) {
        changeFeedback.forgetFields();
        ProgrammeView programme = scrutiny.programme();
        TextField title = changeFeedback.field("title", ContractLimits.limit(new TextField("Title"), PieceChangeRequest.class, "title"));
        title.setValue(piece.title());
        TextArea scope = changeFeedback.field("scope", ContractLimits.limit(new TextArea("Scope"), PieceChangeRequest.class, "scope"));
        scope.setValue(piece.scope());
        TextArea questions = new TextArea("Questions (one a line, optional)");
        questions.setValue(String.join("\n", piece.questions()));
        CheckboxGroup<ScrutinyMethod> methodology = new CheckboxGroup<>("Methodology");
        methodology.setItems(ScrutinyMethod.values());
        methodology.setItemLabelGenerator(ScrutinyMethod::label);
        methodology.setValue(java.util.Set.copyOf(piece.methodology()));
        Select<PersonName> lead = changeFeedback.field("leadId", new Select<>());
        lead.setLabel("Lead scrutineer");
        lead.setItems(programme.scrutineers());
        lead.setItemLabelGenerator(PersonName::name);
        programme.scrutineers().stream().filter(p -> p.id().equals(piece.lead().id())).findFirst().ifPresent(lead::setValue);
        CheckboxGroup<PersonName> team = new CheckboxGroup<>("Team (other scrutineers)");
        team.setItems(programme.scrutineers());
        team.setItemLabelGenerator(PersonName::name);
        team.setValue(java.util.Set.copyOf(programme.scrutineers().stream()
                .filter(p -> piece.team().stream().anyMatch(t -> t.id().equals(p.id()))).toList()));
        DatePicker agreed = changeFeedback.field("agreedReportBy", Dates.picker("Report agreed by (optional)", PieceChangeRequest.class,
                "agreedReportBy", clock));
        agreed.setValue(piece.agreedReportBy());
        agreed.setHelperText("Leave empty to use the partnership's timescale for a scrutiny report.");
        Button save = new Button("Save the changes", event -> {
            changeFeedback.clear();
            if (methodology.getValue().isEmpty()) {
                changeFeedback.problem("Choose at least one method.");
                return;
            }
            List<String> asked = java.util.Arrays.stream(questions.getValue().split("\\R")).map(String::strip).filter(q -> !q.isEmpty()).toList();
            PieceView[] changed = new PieceView[1];
            if (changeFeedback.attempt(() -> changed[0] = scrutiny.change(piece.id(), new PieceChangeRequest(title.getValue().strip(),
                    scope.getValue().strip(), asked, List.copyOf(methodology.getSelectedItems()),
                    lead.getValue() == null ? null : lead.getValue().id(),
                    team.getSelectedItems().stream().map(PersonName::id).toList(), agreed.getValue(), piece.version())))) {
                show(changed[0]);
                changeFeedback.done("Changes saved.");
            }
        });
        Div fields = new Div(title, scope, questions, methodology, lead, team, agreed);
        fields.addClassName("rh-form");
        com.vaadin.flow.component.details.Details details = new com.vaadin.flow.component.details.Details("Change the commission",
                new Div(fields, save, changeFeedback));
        Section section = new Section(details);
        section.setId("scrutiny-change");
        return section;
    }

    /** Focus groups, staff and family feedback and audits recorded as evidence; the form for the lead and team. */
    private Section evidence(PieceView piece, List<EvidenceView> evidence, boolean works) {
        Section section = new Section(new H2("Focus groups, feedback and audits"));
        section.setId("scrutiny-evidence");
        if (evidence.isEmpty()) {
            section.add(new Paragraph("No focus group, feedback or audit has been recorded on this piece yet."));
        }
        for (EvidenceView e : evidence) {
            Div one = new Div(new H3(e.kind().label() + ": " + e.title() + ", " + Dates.format(e.gatheredOn())));
            if (e.participants() != null || e.participantCount() != null) {
                one.add(new Paragraph("Who took part: " + (e.participants() == null ? "" : e.participants())
                        + (e.participantCount() == null ? "" : (e.participants() == null ? "" : ", ") + e.participantCount() + " in all") + "."));
            }
            one.add(new Paragraph(e.summary()));
            section.add(one);
        }
        if (!works || !piece.status().open()) {
            return section;
        }
        evidenceFeedback.forgetFields();
        Paragraph warning = new Paragraph("Minimal data: record who took part by role only (e.g. six social workers from the front door), "
                + "never by name. " + NO_NAMES);
        warning.setId("scrutiny-evidence-no-names");
        Select<EvidenceKind> kind = evidenceFeedback.field("kind", new Select<>());
        kind.setLabel("Kind of evidence");
        kind.setItems(EvidenceKind.values());
        kind.setItemLabelGenerator(EvidenceKind::label);
        kind.setValue(EvidenceKind.FOCUS_GROUP);
        DatePicker gatheredOn = evidenceFeedback.field("gatheredOn", Dates.picker("Date gathered", EvidenceRequest.class, "gatheredOn", clock));
        gatheredOn.setMax(today());
        TextField title = evidenceFeedback.field("title", ContractLimits.limit(new TextField("Title"), EvidenceRequest.class, "title"));
        TextField participants = evidenceFeedback.field("participants", ContractLimits.limit(new TextField("Who took part, by role (optional)"),
                EvidenceRequest.class, "participants"));
        IntegerField count = evidenceFeedback.field("participantCount", new IntegerField("How many took part (optional)"));
        count.setMin(1);
        TextArea summary = evidenceFeedback.field("summary", ContractLimits.limit(new TextArea("Summary"), EvidenceRequest.class, "summary"));
        Checkbox noNames = new Checkbox("I have checked: the text holds no child's or family member's name and no case number");
        noNames.setId("scrutiny-evidence-no-names-confirmed");
        Button record = new Button("Record the evidence", event -> {
            evidenceFeedback.clear();
            if (gatheredOn.getValue() == null) {
                evidenceFeedback.invalid(gatheredOn, "Enter the date gathered.");
                return;
            }
            EvidenceView[] made = new EvidenceView[1];
            if (evidenceFeedback.attempt(() -> made[0] = scrutiny.recordEvidence(piece.id(), new EvidenceRequest(kind.getValue(),
                    gatheredOn.getValue(), title.getValue().strip(), participants.getValue(), count.getValue(),
                    summary.getValue().strip(), noNames.getValue())))) {
                show(scrutiny.piece(pieceId));
                evidenceFeedback.done("Evidence recorded: " + made[0].title() + ".");
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(kind, gatheredOn, title, participants, count, summary, noNames);
        fields.addClassName("rh-form");
        section.add(new H3("Record a focus group, feedback or an audit"), warning, fields, record, evidenceFeedback);
        return section;
    }

    private LocalDate today() {
        return Dates.today(clock);
    }
}
