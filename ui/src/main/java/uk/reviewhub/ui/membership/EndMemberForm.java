package uk.reviewhub.ui.membership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import uk.reviewhub.api.partnership.EndMembershipRequest;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.FormFeedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;

/** Ending a member's membership (partnership admins): the last day and the reason; the member stays in the history. */
final class EndMemberForm extends Div {

    /** The form's values. */
    static final class Values {
        LocalDate endDate;
        String reason = "";
        boolean confirmNoChair;

        EndMembershipRequest request(int version) {
            return new EndMembershipRequest(endDate, reason.strip(), version, confirmNoChair);
        }
    }

    EndMemberForm(GroupMemberView member, Clock clock, MembershipEditor editor,
                  Function<EndMembershipRequest, GroupMemberView> end, Consumer<GroupMemberView> ended) {
        DatePicker endDate = Dates.picker("Last day of membership", EndMembershipRequest.class, "endDate", clock);
        endDate.setId("end-date");
        TextArea reason = ContractLimits.limit(new TextArea("Reason"), EndMembershipRequest.class, "reason");
        reason.setId("end-reason");
        Checkbox confirmNoChair = new Checkbox("If this is the group's only chair, leave the group without a chair");
        confirmNoChair.setId("end-confirm-no-chair");
        confirmNoChair.setVisible(member.groupRole() == GroupRole.CHAIR);
        Binder<Values> binder = FormFeedback.binder();
        binder.forField(endDate).asRequired("Give the last day of membership.").bind(v -> v.endDate, (v, value) -> v.endDate = value);
        binder.forField(reason).asRequired("Say why the membership ends.")
                .withValidator(value -> !value.isBlank(), "Say why the membership ends.")
                .bind(v -> v.reason, (v, value) -> v.reason = value);
        binder.forField(confirmNoChair).bind(v -> v.confirmNoChair, (v, value) -> v.confirmNoChair = value);
        Values start = new Values();
        start.endDate = Dates.today(clock);
        binder.readBean(start);

        FormErrors errors = new FormErrors();
        Button submit = new Button("End membership");
        submit.setId("end-save");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            Values values = new Values();
            if (!errors.check(binder, "Check the fields marked above.") || !binder.writeBeanIfValid(values)) {
                return;
            }
            GroupMemberView answer = errors.attemptGet(() -> end.apply(values.request(member.version())));
            if (answer != null) {
                ended.accept(answer);
            }
        });
        add(new H2("End the membership of " + member.positionTitle()),
                new Paragraph("The member is not deleted: they stay in the history and in the list of all members."),
                endDate, reason, confirmNoChair, errors, new Div(submit, editor.cancel()));
        addClassName("rh-form");
        reason.focus();
    }
}
