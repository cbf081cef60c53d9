package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.html.DescriptionList;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.UserRoles;

/** The case as referred or notified: the child data kept to the minimum, and (for those who record) the form to edit it or record the SIN. */
final class CaseDetailsSection extends CaseSection {

    CaseDetailsSection(CaseView view, CaseContext context) {
        super("Referral or notification", context);
        DescriptionList list = new DescriptionList();
        term(list, "Local authority case reference", view.laCaseReference());
        term(list, "Child", view.childIdentifier());
        term(list, "Nature", Labels.of(view.nature()));
        term(list, "Age band", Labels.of(view.ageBand()));
        term(list, "Sex", Labels.of(view.sex()));
        term(list, "Ethnicity", Labels.of(view.ethnicity()));
        term(list, "Looked after", Labels.yesNo(view.lookedAfter()));
        term(list, "Child protection plan", Labels.yesNo(view.cpPlan()));
        term(list, "Local authority aware", Dates.format(view.awareOn()));
        term(list, "SIN sent", Dates.format(view.notifiedOn()));
        add(list);
        if (UserRoles.records()) {
            CaseDetailsFields fields = new CaseDetailsFields(agencies(), clock);
            fields.fill(view);
            add(new StepForm<>(view.notifiedOn() == null ? "Edit the case or record the SIN" : "Edit the case",
                    "Save the case", fields.components(), fields::valid,
                    () -> cases.update(view.id(), fields.request(view.version())), done -> saved("The case", "Referral or notification")));
        }
    }
}
