package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import uk.reviewhub.ui.backend.BackendProblem;

/** What a view shows when the backend refuses or fails while the view is being opened. */
@ParentLayout(MainLayout.class)
public class BackendProblemView extends Main implements HasErrorParameter<BackendProblem> {

    private final H1 heading = new H1();
    private final Paragraph message = new Paragraph();

    public BackendProblemView() {
        addClassName("rh-view");
        message.getElement().setAttribute("role", "alert");
        add(heading, message);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<BackendProblem> parameter) {
        BackendProblem problem = parameter.getException();
        heading.setText(problem.isNotFound() ? "Not found" : "This page could not be shown");
        message.setText(problem.userMessage());
        int status = problem.status();
        return status >= 400 && status < 600 ? status : 503;
    }
}
