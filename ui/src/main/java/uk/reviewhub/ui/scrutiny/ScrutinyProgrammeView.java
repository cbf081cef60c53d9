package uk.reviewhub.ui.scrutiny;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.scrutiny.PersonName;
import uk.reviewhub.api.scrutiny.PieceRequest;
import uk.reviewhub.api.scrutiny.PieceSummary;
import uk.reviewhub.api.scrutiny.PieceView;
import uk.reviewhub.api.scrutiny.ProgrammeView;
import uk.reviewhub.api.vocabulary.ScrutinyMethod;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.StatusLight;
import uk.reviewhub.ui.shell.Tables;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scrutiny programme: the pieces of scrutiny the statutory partners commissioned, with their
 * lead, status and report clock; the form that records a new one (scrutineers and partnership
 * admins); a partnership whose pack does not turn scrutiny on is told so.
 */
@Route(value = "scrutiny", layout = MainLayout.class)
@PageTitle("Independent scrutiny | Review Hub")
@Menu(title = "Independent scrutiny", order = 27)
@Allowed(Capability.SCRUTINY)
@Prototype
public class ScrutinyProgrammeView extends Main implements BeforeEnterObserver {

    private final ScrutinyClient scrutiny;
    private final Clock clock;
    private final FormFeedback feedback = new FormFeedback("scrutiny-message");
    private final Div content = new Div();

    ScrutinyProgrammeView(ScrutinyClient scrutiny, Clock clock) {
        this.scrutiny = scrutiny;
        this.clock = clock;
        addClassName("rh-view");
        add(new H1("Independent scrutiny"), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        content.removeAll();
        feedback.forgetFields();
        ProgrammeView programme = scrutiny.programme();
        if (!programme.enabled()) {
            content.add(new Paragraph("This partnership does not run independent scrutiny in Review Hub: its pack does not turn it on."));
            return;
        }
        content.add(new Paragraph("Pieces of scrutiny the statutory partners commissioned, led by the partnership's scrutineers ("
                + String.join(", ", programme.scrutineers().stream().map(PersonName::name).toList()) + ")."));
        content.add(pieces(programme.pieces()));
        content.add(new Paragraph(new RouterLink("The observation framework and its versions", ScrutinyFrameworkView.class)));
        content.add(new Paragraph(new RouterLink("The observation schedule", ScrutinyScheduleView.class)));
        content.add(new Paragraph(new RouterLink("The annual summary of scrutiny", ScrutinyAnnualSummaryPage.class)));
        if (Capability.SCRUTINY_WORK.granted()) {
            content.add(commissionForm(programme.scrutineers()));
        }
    }

    private Section pieces(List<PieceSummary> pieces) {
        Section section = new Section(new H2("Pieces of scrutiny"));
        section.setId("scrutiny-pieces");
        if (pieces.isEmpty()) {
            section.add(new Paragraph("No piece of scrutiny has been recorded yet."));
            return section;
        }
        List<List<?>> rows = pieces.stream().<List<?>>map(p -> List.of(
                new RouterLink(p.title(), ScrutinyPieceView.class, ScrutinyPieceView.parameters(p.id())),
                p.status().label(), p.lead().name(), p.commissionedBy() + ", " + Dates.format(p.commissionedOn()),
                p.reportDue() == null ? "–" : Dates.format(p.reportDue()),
                StatusLight.forClock(p.clockStatus(), p.clockLabel()))).toList();
        section.add(Tables.of("Pieces of scrutiny", false,
                List.of("Piece", "Status", "Lead scrutineer", "Commissioned", "Report due", "Report clock"), rows));
        return section;
    }

    private Section commissionForm(List<PersonName> scrutineers) {
        TextField title = feedback.field("title", ContractLimits.limit(new TextField("Title"), PieceRequest.class, "title"));
        TextArea scope = feedback.field("scope", ContractLimits.limit(new TextArea("Scope"), PieceRequest.class, "scope"));
        TextArea questions = new TextArea("Questions (one a line, optional)");
        questions.setId("scrutiny-questions");
        CheckboxGroup<ScrutinyMethod> methodology = new CheckboxGroup<>("Methodology");
        methodology.setItems(ScrutinyMethod.values());
        methodology.setItemLabelGenerator(ScrutinyMethod::label);
        methodology.setId("scrutiny-methodology");
        TextField commissionedBy = feedback.field("commissionedBy", ContractLimits.limit(new TextField("Commissioned by"),
                PieceRequest.class, "commissionedBy"));
        commissionedBy.setHelperText("e.g. the Lead Safeguarding Partners");
        DatePicker commissionedOn = feedback.field("commissionedOn", Dates.picker("Commissioned on", PieceRequest.class, "commissionedOn", clock));
        commissionedOn.setMax(today());
        Select<PersonName> lead = feedback.field("leadId", new Select<>());
        lead.setLabel("Lead scrutineer");
        lead.setItems(scrutineers);
        lead.setItemLabelGenerator(PersonName::name);
        CheckboxGroup<PersonName> team = new CheckboxGroup<>("Team (other scrutineers)");
        team.setItems(scrutineers);
        team.setItemLabelGenerator(PersonName::name);
        DatePicker agreedReportBy = feedback.field("agreedReportBy", Dates.picker("Report agreed by (optional)", PieceRequest.class, "agreedReportBy", clock));
        agreedReportBy.setHelperText("Leave empty to use the partnership's timescale for a scrutiny report.");
        Button record = new Button("Record the piece", event -> {
            feedback.clear();
            if (methodology.getValue().isEmpty()) {
                feedback.problem("Choose at least one method.");
                return;
            }
            List<String> asked = Arrays.stream(questions.getValue().split("\\R")).map(String::strip).filter(q -> !q.isEmpty()).toList();
            List<java.util.UUID> teamIds = new ArrayList<>(team.getSelectedItems().stream().map(PersonName::id).toList());
            PieceView[] made = new PieceView[1];
            boolean ok = feedback.attempt(() -> made[0] = scrutiny.commission(new PieceRequest(title.getValue().strip(),
                    scope.getValue().strip(), asked, List.copyOf(methodology.getSelectedItems()), commissionedBy.getValue().strip(),
                    commissionedOn.getValue(), lead.getValue() == null ? null : lead.getValue().id(), teamIds,
                    agreedReportBy.getValue())));
            if (ok) {
                show();
                feedback.done("Piece recorded: " + made[0].title() + ".");
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(title, scope, questions, methodology, commissionedBy, commissionedOn, lead, team, agreedReportBy);
        fields.addClassName("rh-form");
        Section section = new Section(new H2("Record a commissioned piece"), fields, record, feedback);
        section.setId("scrutiny-commission");
        return section;
    }

    private LocalDate today() {
        return Dates.today(clock);
    }
}
