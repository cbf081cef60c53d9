package uk.reviewhub.ui.scrutiny;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.reviewhub.api.actionplan.ActionView;
import uk.reviewhub.api.scrutiny.EvidenceView;
import uk.reviewhub.api.scrutiny.FindingRequest;
import uk.reviewhub.api.scrutiny.FindingView;
import uk.reviewhub.api.scrutiny.FindingsView;
import uk.reviewhub.api.scrutiny.ObservationView;
import uk.reviewhub.api.scrutiny.PieceView;
import uk.reviewhub.api.scrutiny.RecommendationRequest;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;

import java.time.Clock;
import java.util.List;

/**
 * A piece's findings, on its page: each finding rated, with the evidence it draws on (the
 * triangulation: which observations, focus groups, feedback and audits support it, and whether
 * more than one kind does), its recommendations and the actions they put on the Composite Action
 * Plan. For the piece's lead and team while it is open: the form for a finding (choosing its
 * evidence) and, under each finding, a recommendation with an optional CAP action.
 */
final class ScrutinyFindingsSection {

    static final String SECTION_ID = "scrutiny-findings";

    private final ScrutinyClient scrutiny;
    private final Clock clock;
    private final FormFeedback findingFeedback = new FormFeedback("scrutiny-finding-message");
    private final FormFeedback recommendationFeedback = new FormFeedback("scrutiny-recommendation-message");

    ScrutinyFindingsSection(ScrutinyClient scrutiny, Clock clock) {
        this.scrutiny = scrutiny;
        this.clock = clock;
    }

    /** The section; {@code works}: the reader may add findings and recommendations; {@code refresh} shows the page again. */
    Section section(PieceView piece, List<ObservationView> observations, List<EvidenceView> evidence, boolean works, Runnable refresh) {
        FindingsView view = scrutiny.findings(piece.id());
        Section section = new Section(new H2("Findings"));
        section.setId(SECTION_ID);
        if (view.findings().isEmpty()) {
            section.add(new Paragraph("No finding has been recorded on this piece yet."));
        }
        for (FindingView f : view.findings()) {
            section.add(finding(f, view, works, refresh));
        }
        section.add(recommendationFeedback);
        if (works) {
            section.add(form(piece, observations, evidence, refresh));
        }
        return section;
    }

    private Div finding(FindingView f, FindingsView view, boolean works, Runnable refresh) {
        Div one = new Div(new H3("Finding " + f.number() + ": " + f.title()));
        one.setId("scrutiny-finding-" + f.number());
        one.add(new Paragraph("Rated: " + f.rating() + "."), new Paragraph(f.detail()));
        one.add(new H4("Evidence it draws on"));
        UnorderedList supports = new UnorderedList();
        f.supports().forEach(s -> supports.add(new ListItem(s.kindLabel() + ": " + s.title() + ", " + Dates.format(s.on()))));
        one.add(supports);
        long kinds = f.supports().stream().map(FindingView.Support::kind).distinct().count();
        one.add(new Paragraph(f.triangulated()
                ? "Triangulated: " + kinds + " kinds of evidence support it."
                : "Not triangulated: one kind of evidence supports it."));
        if (!f.recommendations().isEmpty()) {
            one.add(new H4("Recommendations"));
            UnorderedList recommendations = new UnorderedList();
            for (FindingView.RecommendationView r : f.recommendations()) {
                ListItem item = new ListItem("Recommendation " + r.number() + ": " + r.text());
                for (ActionView a : r.actions()) {
                    item.add(new Paragraph("On the Composite Action Plan: " + a.description() + " (" + a.agencyName() + ", " + a.owner()
                            + "; due " + Dates.format(a.dueOn()) + "; " + a.ragLabel() + ")."));
                }
                recommendations.add(item);
            }
            one.add(recommendations);
        }
        if (works) {
            Div form = new Div();
            Button open = new Button("Make a recommendation on finding " + f.number(), event -> {
                form.removeAll();
                form.add(recommendationForm(f, view, refresh));
            });
            form.add(open);
            one.add(form);
        }
        return one;
    }

    private Div recommendationForm(FindingView f, FindingsView view, Runnable refresh) {
        recommendationFeedback.forgetFields();
        recommendationFeedback.clear();
        TextArea text = recommendationFeedback.field("text", ContractLimits.limit(new TextArea("Recommendation"),
                RecommendationRequest.class, "text"));
        Checkbox toCap = new Checkbox("Put an action on the Composite Action Plan for it");
        Select<FindingsView.AgencyName> agency = recommendationFeedback.field("action.agencyId", new Select<>());
        agency.setLabel("Agency that owns the action");
        agency.setItems(view.agencies());
        agency.setItemLabelGenerator(FindingsView.AgencyName::name);
        TextField owner = recommendationFeedback.field("action.owner", ContractLimits.limit(new TextField("Owner (a role)"),
                RecommendationRequest.Action.class, "owner"));
        TextArea description = recommendationFeedback.field("action.description", ContractLimits.limit(new TextArea("The action"),
                RecommendationRequest.Action.class, "description"));
        DatePicker due = recommendationFeedback.field("action.dueOn", Dates.picker("Action due by", RecommendationRequest.Action.class, "dueOn", clock));
        due.setMin(Dates.today(clock));
        Div action = new Div(agency, owner, description, due);
        action.addClassName("rh-form");
        action.setVisible(false);
        toCap.addValueChangeListener(event -> action.setVisible(event.getValue()));
        Checkbox noNames = new Checkbox("I have checked: the text holds no child's or family member's name and no case number");
        Button save = new Button("Record the recommendation", event -> {
            recommendationFeedback.clear();
            RecommendationRequest.Action wanted = null;
            if (toCap.getValue()) {
                if (agency.getValue() == null) {
                    recommendationFeedback.invalid(agency, "Choose the agency that owns the action.");
                    return;
                }
                if (due.getValue() == null) {
                    recommendationFeedback.invalid(due, "Enter the day the action is due by.");
                    return;
                }
                wanted = new RecommendationRequest.Action(agency.getValue().id(), owner.getValue().strip(),
                        description.getValue().strip(), due.getValue());
            }
            RecommendationRequest request = new RecommendationRequest(text.getValue().strip(), wanted, noNames.getValue());
            if (recommendationFeedback.attempt(() -> scrutiny.recommend(f.id(), request))) {
                refresh.run();
                recommendationFeedback.done("Recommendation recorded on finding " + f.number()
                        + (request.action() == null ? "." : ", with its action on the Composite Action Plan."));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(text, toCap, action, noNames, save);
        fields.addClassName("rh-form");
        text.focus();
        return fields;
    }

    private Section form(PieceView piece, List<ObservationView> observations, List<EvidenceView> evidence, Runnable refresh) {
        findingFeedback.forgetFields();
        Section section = new Section(new H3("Record a finding"));
        section.setId("scrutiny-finding-form");
        if (observations.isEmpty() && evidence.isEmpty()) {
            section.add(new Paragraph("A finding draws on the piece's evidence: record an observation, a focus group, feedback or an audit first."));
            return section;
        }
        Paragraph note = new Paragraph("Choose the evidence that supports the finding: evidence of two kinds or more triangulates it. "
                + ScrutinyPieceView.NO_NAMES);
        note.setId("scrutiny-finding-no-names");
        TextField title = findingFeedback.field("title", ContractLimits.limit(new TextField("Finding"), FindingRequest.class, "title"));
        TextArea detail = findingFeedback.field("detail", ContractLimits.limit(new TextArea("What was found"), FindingRequest.class, "detail"));
        // The partnership's own finding ratings, best first (its pack's scrutiny: findingRatings).
        Select<String> rating = findingFeedback.field("rating", new Select<>());
        rating.setLabel("Rating");
        rating.setItems(scrutiny.settings().findingRatings());
        CheckboxGroup<ObservationView> fromObservations = new CheckboxGroup<>("Observations it draws on");
        fromObservations.setItems(observations);
        fromObservations.setItemLabelGenerator(o -> o.setting() + ", " + Dates.format(o.observedOn()));
        CheckboxGroup<EvidenceView> fromEvidence = new CheckboxGroup<>("Focus groups, feedback and audits it draws on");
        fromEvidence.setItems(evidence);
        fromEvidence.setItemLabelGenerator(e -> e.kind().label() + ": " + e.title() + ", " + Dates.format(e.gatheredOn()));
        Checkbox noNames = new Checkbox("I have checked: the text holds no child's or family member's name and no case number");
        Button record = new Button("Record the finding", event -> {
            findingFeedback.clear();
            if (rating.getValue() == null) {
                findingFeedback.invalid(rating, "Choose the finding's rating.");
                return;
            }
            if (fromObservations.getValue().isEmpty() && fromEvidence.getValue().isEmpty()) {
                findingFeedback.problem("Choose at least one piece of evidence the finding draws on.");
                return;
            }
            FindingView[] made = new FindingView[1];
            if (findingFeedback.attempt(() -> made[0] = scrutiny.find(piece.id(), new FindingRequest(title.getValue().strip(),
                    detail.getValue().strip(), rating.getValue(),
                    observations.stream().filter(fromObservations.getValue()::contains).map(ObservationView::id).toList(),
                    evidence.stream().filter(fromEvidence.getValue()::contains).map(EvidenceView::id).toList(), noNames.getValue())))) {
                refresh.run();
                findingFeedback.done("Finding " + made[0].number() + " recorded: " + made[0].title() + ".");
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(title, detail, rating, fromObservations, fromEvidence, noNames);
        fields.addClassName("rh-form");
        section.add(note, fields, record, findingFeedback);
        return section;
    }
}
