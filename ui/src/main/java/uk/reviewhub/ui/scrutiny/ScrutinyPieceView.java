package uk.reviewhub.ui.scrutiny;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import uk.reviewhub.api.scrutiny.ScrutinyDayRequest;
import uk.reviewhub.api.scrutiny.StatusRequest;
import uk.reviewhub.api.vocabulary.ScrutinyMethod;
import uk.reviewhub.api.vocabulary.ScrutinyStatus;
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
 * A piece of scrutiny: as commissioned, where it stands and its report clock; for its scrutineers,
 * the next step of its lifecycle, their days (against the chair's days allocation), and the
 * observation form (ratings per domain of the current framework, evidence, strengths, areas for
 * development, the practitioner's feedback; no child's or family member's name). Laid out in one
 * column, so it works on a tablet and from the keyboard alone.
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
    private UUID pieceId;
    private String title = "Piece of scrutiny | Review Hub";

    ScrutinyPieceView(ScrutinyClient scrutiny, ScrutinyReportClient reports, Clock clock) {
        this.scrutiny = scrutiny;
        this.reports = reports;
        this.clock = clock;
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
        add(new H1(piece.title()), new Paragraph(new RouterLink("Back to the scrutiny programme", ScrutinyProgrammeView.class)),
                details(piece));
        boolean works = Capability.SCRUTINY.granted();
        if (works && !piece.nextStatuses().isEmpty()) {
            add(lifecycle(piece));
        }
        add(days(piece, works));
        List<ObservationView> observations = scrutiny.observations(piece.id());
        add(themes(piece), observations(observations));
        add(ScrutinyReportSection.of(piece, reports));
        if (works && piece.status().open() && piece.methodology().contains(ScrutinyMethod.OBSERVATIONS)) {
            List<FrameworkView> versions = scrutiny.frameworkVersions();
            if (!versions.isEmpty()) {
                add(observationForm(versions.getFirst()));
            }
        }
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

    private LocalDate today() {
        return Dates.today(clock);
    }
}
