package uk.reviewhub.ui.onboarding;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.onboarding.SetupChecklist;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.MainLayout;

/**
 * A new partnership's set-up checklist for its admins: each step with what it is for, an example,
 * done or not done as the partnership's data says (so it can be left and resumed), and a link to
 * the page that does it.
 */
@Route(value = "setup", layout = MainLayout.class)
@PageTitle("Set-up checklist | Review Hub")
@Menu(title = "Set-up checklist", order = 0.5)
@Allowed(Capability.SET_UP)
@Prototype
public class SetupChecklistView extends Main {

    SetupChecklistView(SetupChecklistClient checklists) {
        addClassName("rh-view");
        SetupChecklist checklist = checklists.checklist();
        long done = checklist.steps().stream().filter(SetupChecklist.Step::done).count();
        Paragraph summary = new Paragraph(checklist.allDone()
                ? "Every step is done: the partnership is set up."
                : done + " of " + checklist.steps().size() + " steps done. Each step is ticked by what you record, "
                + "so you can stop and come back at any time.");
        summary.setId("setup-summary");
        OrderedList steps = new OrderedList();
        steps.setId("setup-steps");
        for (SetupChecklist.Step step : checklist.steps()) {
            ListItem item = new ListItem();
            item.setId("step-" + step.code());
            Span state = new Span(step.done() ? "Done" : "Not done");
            state.addClassName(step.done() ? "rh-done" : "rh-not-done");
            state.setId("state-" + step.code());
            item.add(new H2(step.title()), state, new Paragraph(step.purpose()), new Paragraph("Example: " + step.example()),
                    new Anchor(step.link(), step.done() ? "Review: " + step.title() : "Do this: " + step.title()));
            steps.add(item);
        }
        add(new H1("Set-up checklist"), summary, steps);
    }
}
