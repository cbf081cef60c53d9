package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What someone sees who opens (by address or an old bookmark) a page their roles do not open: a
 * plain reason and a link to the page they work from, not an error from the backend.
 */
@ParentLayout(MainLayout.class)
public class NotAllowedView extends Main implements HasErrorParameter<NotAllowedException> {

    private final Anchor home = new Anchor();

    public NotAllowedView() {
        addClassName("rh-view");
        setId("not-allowed");
        home.setText("Go to your start page");
        add(new H1("This page is not available to you"),
                new Paragraph("Your roles in this partnership do not include this page. The menu lists the pages you can use."),
                new Paragraph(home));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotAllowedException> parameter) {
        home.setHref(Capability.landingPath().isEmpty() ? "." : Capability.landingPath());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
