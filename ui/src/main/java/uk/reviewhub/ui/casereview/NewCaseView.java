package uk.reviewhub.ui.casereview;

import uk.reviewhub.ui.shell.Allowed;
import java.time.Clock;
import uk.reviewhub.ui.shell.Capability;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.ui.partnership.PartnershipClient;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.MainLayout;

/** Records a referral from any agency, or a serious incident notification, and opens its case page. */
@Route(value = "cases/new", layout = MainLayout.class)
@PageTitle("Record a referral or SIN | Review Hub")
@Allowed(Capability.RECORD_CASES)
@Prototype
public class NewCaseView extends Main implements BeforeEnterObserver {

    private final Clock clock;
    private final CaseClient cases;
    private final PartnershipClient partnerships;
    private final Div form = new Div();

    NewCaseView(CaseClient cases, PartnershipClient partnerships, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.partnerships = partnerships;
        addClassName("rh-view");
        form.addClassName("rh-form");
        form.getStyle().set("max-width", "40rem");
        add(new H1("Record a referral or SIN"),
                new Paragraph("Record only the minimal child data below: the local authority's case reference, initials or a "
                        + "pseudonym, and the categories of the DfE serious incident notification statistics."), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.removeAll();
        CaseDetailsFields fields = new CaseDetailsFields(partnerships.agencies(), clock);
        FormErrors errors = new FormErrors();
        Button save = new Button("Record the case", click -> {
            if (!fields.valid()) {
                errors.show("Check the fields marked: some are missing or wrong.");
                return;
            }
            errors.clear();
            CaseView created;
            try {
                created = cases.create(fields.request(null));
            } catch (uk.reviewhub.ui.backend.BackendProblem problem) {
                if (problem.isUnauthorised()) {
                    throw problem;
                }
                // A reference another case has is a warning: said at the field, with the choice to record it anyway.
                if (!fields.offerDuplicateConfirmation(problem)) {
                    errors.show(problem.userMessage());
                }
                return;
            }
            UI.getCurrent().navigate(CasePage.class, CasePage.parameters(created.id()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fields.components().forEach(form::add);
        form.add(errors, save);
    }
}
