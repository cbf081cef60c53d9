package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import uk.reviewhub.api.casereview.ReviewKind;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.ui.actionplan.ActionPlanClient;

import java.time.Clock;
import java.util.List;

/**
 * One titled section of the case page, owning its record's display and its step forms. A save is
 * told to the page ({@link CaseChanged}), which reads the case again and says the news here.
 */
abstract class CaseSection extends Section {

    protected final CaseClient cases;
    protected final ActionPlanClient plan;
    protected final Clock clock;
    private final CaseContext context;

    CaseSection(String title, CaseContext context) {
        this.context = context;
        this.cases = context.cases();
        this.plan = context.plan();
        this.clock = context.clock();
        add(new H2(title));
        setId(CasePage.sectionId(title));
    }

    /** The partnership's agencies, read once for the page. */
    protected List<AgencyView> agencies() {
        return context.agencies();
    }

    /** Tells the page that {@code what} was saved in the section titled {@code section}. */
    protected void saved(String what, String section) {
        context.saved(what, section);
    }

    static void term(DescriptionList list, String term, String description) {
        list.add(new Term(term), new Description(description));
    }

    static String orNone(String text) {
        return text == null || text.isBlank() ? "None recorded" : text;
    }

    static RadioButtonGroup<ReviewKind> reviewKinds(String label) {
        RadioButtonGroup<ReviewKind> group = new RadioButtonGroup<>(label);
        group.setItems(ReviewKind.values());
        group.setItemLabelGenerator(Labels::of);
        return group;
    }
}
