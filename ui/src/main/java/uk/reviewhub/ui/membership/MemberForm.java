package uk.reviewhub.ui.membership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.MemberRequest;
import uk.reviewhub.api.partnership.PartnershipPersonView;
import uk.reviewhub.api.partnership.StandingDeputy;
import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.RoleNames;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Adding a member to a review group or changing one (partnership admins): the post, agency, role,
 * kind, linked person, dates and standing deputy, bound to a form bean that makes the
 * {@link MemberRequest}. The backend's refusal is shown in the form, on the fields it names.
 */
final class MemberForm extends Div {

    static final List<String> ROLES = List.of("CHAIR", "VICE_CHAIR", "MEMBER", "MINUTE_TAKER", "ADVISER");

    /** The form's values. */
    static final class Values {
        String post = "";
        AgencyView agency;
        String role = "MEMBER";
        String kind = "STANDING";
        PartnershipPersonView person;
        LocalDate start;
        LocalDate end;
        String deputyPost = "";
        String deputyName = "";
        boolean deputyAuthority;
        LocalDate deputyFrom;
        LocalDate deputyTo;
        String reason = "";
        boolean confirmNoChair;

        MemberRequest request(Integer version) {
            StandingDeputy deputy = deputyPost.isBlank() && deputyName.isBlank() ? null
                    : new StandingDeputy(MembershipEditor.blankToNull(deputyPost), MembershipEditor.blankToNull(deputyName),
                    deputyAuthority, deputyFrom, deputyTo);
            return new MemberRequest(agency.id(), post.strip(), role, kind, start, end, person == null ? null : person.id(), deputy,
                    MembershipEditor.blankToNull(reason), version, confirmNoChair);
        }
    }

    /**
     * @param existing the member changed, or null to add one
     * @param save     sends the request (adding or changing), answering the seat as saved
     * @param saved    told the seat once saved
     */
    MemberForm(GroupMemberView existing, List<AgencyView> agencies, List<PartnershipPersonView> people, Clock clock,
               MembershipEditor editor, java.util.function.Function<MemberRequest, GroupMemberView> save,
               Consumer<GroupMemberView> saved) {
        boolean adding = existing == null;
        TextField post = ContractLimits.limit(new TextField("Post"), MemberRequest.class, "positionTitle");
        post.setId("member-post");
        Select<AgencyView> agency = new Select<>();
        agency.setLabel("Agency");
        agency.setId("member-agency");
        agency.setItems(agencies);
        agency.setItemLabelGenerator(a -> a == null ? "" : a.name());
        Select<String> role = new Select<>();
        role.setLabel("Role in the group");
        role.setId("member-role");
        role.setItems(ROLES);
        role.setItemLabelGenerator(RoleNames::readable);
        Select<String> kind = new Select<>();
        kind.setLabel("Membership");
        kind.setId("member-kind");
        kind.setItems(MembershipEditor.KINDS.keySet());
        kind.setItemLabelGenerator(MembershipEditor.KINDS::get);
        Select<PartnershipPersonView> person = new Select<>();
        person.setLabel("Linked person (optional)");
        person.setId("member-person");
        person.setEmptySelectionAllowed(true);
        person.setEmptySelectionCaption("No one");
        person.setItems(people);
        person.setItemLabelGenerator(p -> p == null ? "No one" : p.displayName() + " (" + RoleNames.readable(p.roles()) + ")");
        DatePicker start = Dates.picker("Start date (optional)", MemberRequest.class, "startDate", clock);
        start.setId("member-start");
        DatePicker end = Dates.picker("End date (optional)", MemberRequest.class, "endDate", clock);
        end.setId("member-end");
        TextField deputyPost = ContractLimits.limit(new TextField("Standing deputy's post (optional)"), StandingDeputy.class, "post");
        deputyPost.setId("deputy-post");
        TextField deputyName = ContractLimits.limit(new TextField("Standing deputy's name (optional)"), StandingDeputy.class, "name");
        deputyName.setId("deputy-name");
        Checkbox deputyAuthority = new Checkbox("The deputy holds the member's delegated authority");
        deputyAuthority.setId("deputy-authority");
        DatePicker deputyFrom = Dates.picker("Deputy from (optional)", StandingDeputy.class, "from", clock);
        DatePicker deputyTo = Dates.picker("Deputy until (optional)", StandingDeputy.class, "to", clock);
        TextField reason = ContractLimits.limit(new TextField("Reason for the change (optional, kept in the history)"),
                MemberRequest.class, "reason");
        reason.setId("member-reason");
        Checkbox confirmNoChair = new Checkbox("If this is the group's only chair, leave the group without a chair");
        confirmNoChair.setId("member-confirm-no-chair");
        confirmNoChair.setVisible(!adding && existing.groupRole() == GroupRole.CHAIR);

        Binder<Values> binder = FormFeedback.binder();
        binder.forField(post).asRequired("Give the post the member holds.")
                .withValidator(value -> !value.isBlank(), "Give the post the member holds.")
                .bind(v -> v.post, (v, value) -> v.post = value);
        binder.forField(agency).withValidator(FormFeedback.chosen("Choose the member's agency.")).bind(v -> v.agency, (v, value) -> v.agency = value);
        binder.forField(role).bind(v -> v.role, (v, value) -> v.role = value);
        binder.forField(kind).bind(v -> v.kind, (v, value) -> v.kind = value);
        binder.forField(person).bind(v -> v.person, (v, value) -> v.person = value);
        binder.forField(start).bind(v -> v.start, (v, value) -> v.start = value);
        binder.forField(end)
                .withValidator(value -> value == null || start.getValue() == null || !value.isBefore(start.getValue()),
                        "The end date is before the start date.")
                .bind(v -> v.end, (v, value) -> v.end = value);
        binder.forField(deputyPost).bind(v -> v.deputyPost, (v, value) -> v.deputyPost = value);
        binder.forField(deputyName).bind(v -> v.deputyName, (v, value) -> v.deputyName = value);
        binder.forField(deputyAuthority).bind(v -> v.deputyAuthority, (v, value) -> v.deputyAuthority = value);
        binder.forField(deputyFrom).bind(v -> v.deputyFrom, (v, value) -> v.deputyFrom = value);
        binder.forField(deputyTo).bind(v -> v.deputyTo, (v, value) -> v.deputyTo = value);
        binder.forField(reason).bind(v -> v.reason, (v, value) -> v.reason = value);
        binder.forField(confirmNoChair).bind(v -> v.confirmNoChair, (v, value) -> v.confirmNoChair = value);
        binder.readBean(adding ? new Values() : values(existing, agencies, people));

        FormErrors errors = new FormErrors();
        Button submit = new Button(adding ? "Add member" : "Save changes");
        submit.setId("member-save");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            Values values = new Values();
            if (!errors.check(binder, "Check the fields marked above.") || !binder.writeBeanIfValid(values)) {
                return;
            }
            GroupMemberView answer = errors.attemptGet(() -> save.apply(values.request(adding ? null : existing.version())));
            if (answer != null) {
                saved.accept(answer);
            } else if (existing != null && existing.groupRole() == GroupRole.CHAIR) {
                confirmNoChair.setVisible(true);
            }
        });
        Paragraph managedBy = new Paragraph(adding ? "" : "PACK".equals(existing.source())
                ? "This seat comes from the partnership pack. Once you change it, reloading the pack no longer changes it."
                : "This seat is managed by partnership admins: reloading the pack does not change it.");
        managedBy.setVisible(!adding);
        add(new H2(adding ? "Add a member" : "Change " + existing.positionTitle()), managedBy, post, agency, role, kind, person, start,
                end, new H3("Standing deputy"), deputyPost, deputyName, deputyAuthority, deputyFrom, deputyTo, reason, confirmNoChair,
                errors, new Div(submit, editor.cancel()));
        addClassName("rh-form");
        post.focus();
    }

    private static Values values(GroupMemberView existing, List<AgencyView> agencies, List<PartnershipPersonView> people) {
        Values v = new Values();
        v.post = existing.positionTitle();
        UUID agencyId = existing.agency().id();
        v.agency = agencies.stream().filter(a -> a.id().equals(agencyId)).findFirst().orElse(null);
        v.role = existing.groupRole().name();
        v.kind = existing.membershipKind().name();
        v.person = people.stream().filter(p -> p.id().equals(existing.userId())).findFirst().orElse(null);
        v.start = existing.startDate();
        v.end = existing.endDate();
        StandingDeputy d = existing.deputy();
        if (d != null) {
            v.deputyPost = d.post() == null ? "" : d.post();
            v.deputyName = d.name() == null ? "" : d.name();
            v.deputyAuthority = d.delegatedAuthority();
            v.deputyFrom = d.from();
            v.deputyTo = d.to();
        }
        return v;
    }
}
