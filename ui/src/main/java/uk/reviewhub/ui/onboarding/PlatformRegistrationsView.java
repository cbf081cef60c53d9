package uk.reviewhub.ui.onboarding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.onboarding.RegistrationView;
import uk.reviewhub.api.onboarding.RejectionRequest;
import uk.reviewhub.api.vocabulary.RegistrationStatus;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;


/**
 * Platform admins' list of confirmed requests for new partnerships: those waiting first, each with
 * approve, or reject with a reason (the requester is emailed either way); then the decided ones.
 */
@Route(value = "platform/registrations", layout = MainLayout.class)
@PageTitle("Platform: registrations | Review Hub")
@Menu(title = "Platform: registrations", order = 40)
@Allowed(Capability.PLATFORM_REGISTRATIONS)
@Prototype
public class PlatformRegistrationsView extends Main {

    private final PlatformRegistrationsClient registrations;
    private final Div list = new Div();
    private final FormFeedback feedback = new FormFeedback("registrations-feedback");

    PlatformRegistrationsView(PlatformRegistrationsClient registrations) {
        this.registrations = registrations;
        addClassName("rh-view");
        list.setId("registrations");
        add(new H1("Requests for new partnerships"),
                new Paragraph("Requests whose email has been confirmed. Approving emails the requester a link to set the "
                        + "partnership up; rejecting emails them your reason."), feedback, list);
        show();
    }

    private void show() {
        list.removeAll();
        feedback.forgetFields();
        var all = registrations.registrations();
        if (all.isEmpty()) {
            list.add(new Paragraph("No requests yet."));
        }
        for (RegistrationView r : all) {
            Section section = new Section();
            section.setId("registration-" + r.id());
            section.add(new H2(r.partnershipName()),
                    new Paragraph("Local authorities: " + String.join(", ", r.localAuthorities())),
                    new Paragraph("Asked by " + r.requesterName() + " (" + r.email() + ") on "
                            + Dates.format(r.createdAt().atZone(Dates.LONDON).toLocalDate())),
                    new Paragraph("Status: " + r.status().label()
                            + (r.decisionReason() == null ? "" : ". Reason: " + r.decisionReason())
                            + (r.autoApproved() ? " (approved automatically for its email domain)" : "")));
            if (r.status() == RegistrationStatus.VERIFIED) {
                TextArea reason = new TextArea("Reason, if you reject it");
                ContractLimits.limit(reason, RejectionRequest.class, "reason");
                reason.setWidthFull();
                Button approve = new Button("Approve " + r.partnershipName());
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                approve.addClickListener(e -> {
                    if (feedback.attempt(() -> registrations.approve(r.id()))) {
                        show();
                        feedback.done("Approved " + r.partnershipName() + ": the requester is emailed the set-up link.");
                    }
                });
                Button reject = new Button("Reject " + r.partnershipName());
                reject.addClickListener(e -> {
                    feedback.forgetFields();
                    feedback.field("reason", reason);
                    if (feedback.attempt(() -> registrations.reject(r.id(), new RejectionRequest(reason.getValue())))) {
                        show();
                        feedback.done("Rejected " + r.partnershipName() + ": the requester is emailed the reason.");
                    }
                });
                section.add(approve, reason, reject);
            }
            list.add(section);
        }
    }
}
