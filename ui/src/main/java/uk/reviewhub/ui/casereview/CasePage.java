package uk.reviewhub.ui.casereview;

import uk.reviewhub.ui.partnership.PartnershipClient;
import java.time.Clock;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.actionplan.ActionView;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.TimelineStep;
import uk.reviewhub.ui.actionplan.ActionPlanClient;
import uk.reviewhub.ui.learning.CaseThemesSection;
import uk.reviewhub.ui.learning.LearningThemeClient;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.StatusLight;
import uk.reviewhub.ui.shell.Tables;

import java.util.List;
import java.util.UUID;

/**
 * A case: its timeline (every step with its due date, actual date and status), the child data kept
 * to the minimum, and each step's record with a form for the next steps the user's role may take.
 * The backend checks every step: its refusal (an illegal step, a stale version) is shown in the form.
 */
@Route(value = "cases/:caseId", layout = MainLayout.class)
@Allowed(Capability.CASE_WORK)
@Prototype
public class CasePage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String CASE_ID = "caseId";

    private final CaseClient cases;
    private final ActionPlanClient plan;
    private final LearningThemeClient themes;
    private final CaseContext context;
    private UUID caseId;
    private String title = "Case | Review Hub";

    CasePage(CaseClient cases, ActionPlanClient plan, LearningThemeClient themes, PartnershipClient partnerships, Clock clock) {
        this.cases = cases;
        this.plan = plan;
        this.themes = themes;
        this.context = new CaseContext(this, cases, plan, partnerships, clock);
        addClassName("rh-view");
        addListener(CaseChanged.class, event -> saved(event.what(), event.section()));
    }

    public static RouteParameters parameters(UUID caseId) {
        return new RouteParameters(CASE_ID, caseId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get(CASE_ID).orElse(""));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("No such case");
        }
        caseId = id;
        show(cases.get(caseId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Tells the page a section saved a step. */
    void changed(CaseChanged change) {
        fireEvent(change);
    }

    /** Re-reads the case (after a change, or to pick up someone else's). */
    void reload() {
        show(cases.get(caseId));
    }

    /**
     * Says the change was made where its form was (the case is read again and drawn anew): an
     * announced status line in the section titled {@code section}, with the keyboard focus on it.
     */
    private void saved(String what, String section) {
        reload();
        FormFeedback news = new FormFeedback("case-saved");
        getChildren().filter(Section.class::isInstance)
                .filter(child -> child.getId().filter(sectionId(section)::equals).isPresent())
                .findFirst().ifPresent(child -> ((Section) child).add(news));
        news.done(what + " saved.");
    }

    /** The id of the section titled {@code title}, e.g. case-section-rapid-review. */
    static String sectionId(String title) {
        return "case-section-" + title.toLowerCase(java.util.Locale.UK).replaceAll("[^a-z]+", "-").replaceAll("-$", "");
    }

    private void show(CaseView view) {
        removeAll();
        title = "Case " + view.laCaseReference() + " | Review Hub";
        List<ActionView> actions = view.review() == null ? List.of() : plan.actionsOfCase(view.id());
        Paragraph stage = new Paragraph("Stage: " + Labels.of(view.stage()) + ". " + Labels.of(view.origin()) + ".");
        stage.setId("case-stage");
        add(new H1("Case " + view.laCaseReference()), stage, timeline(view), new CaseDetailsSection(view, context),
                new RapidReviewSection(view, context), new DecisionSection(view, context), new CommissionedReviewSection(view, context));
        if (view.review() != null) {
            add(new MilestonesSection(view, context), new RecommendationsSection(view, context),
                    new CaseActionsSection(view, actions, context));
        }
        add(new CaseThemesSection(themes, view.id(), view.themes(), view.review() != null));
    }

    private Section timeline(CaseView view) {
        List<List<?>> rows = view.timeline().stream().<List<?>>map(step -> List.of(
                step.title(),
                step.rule() == null ? "–" : step.rule(),
                step.dueProjected() ? Dates.cell(step.dueOn()) + " (projected)" : Dates.cell(step.dueOn()),
                Dates.cell(step.actualOn()),
                StatusLight.forClock(step.status(), step.statusLabel()))).toList();
        NativeTable table = Tables.of("Every step of case " + view.laCaseReference(), false,
                List.of("Step", "Time limit", "Due", "Done on", "Status"), rows);
        table.setId("timeline");
        Section section = section("Timeline", table);
        if (view.timeline().stream().anyMatch(TimelineStep::dueProjected)) {
            Paragraph projected = new Paragraph(Dates.PROJECTED_WORDS);
            projected.setId("timeline-projected");
            section.add(projected);
        }
        return section;
    }

    private static Section section(String title, Component... body) {
        Section section = new Section(new H2(title));
        section.setId(sectionId(title));
        section.add(body);
        return section;
    }

}
