package uk.reviewhub.ui.membership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import uk.reviewhub.api.partnership.AgencyRequest;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.RoleNames;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Adding an agency to the partnership or changing one (partnership admins), bound to a bean that makes the {@link AgencyRequest}. */
final class AgencyForm extends Div {

    static final List<String> AGENCY_KINDS = List.of("LOCAL_AUTHORITY", "POLICE", "HEALTH", "EDUCATION", "CAFCASS", "HOUSING",
            "PROBATION", "YOUTH_JUSTICE", "LEGAL", "DISTRICT_COUNCIL", "PARTNERSHIP_TEAM", "OTHER");

    /** The form's values. */
    static final class Values {
        String code = "";
        String name = "";
        String kind = "OTHER";
        boolean statutory;
        LocalDate compact;
        String reason = "";
    }

    AgencyForm(AgencyView existing, Clock clock, MembershipEditor editor, Function<AgencyRequest, AgencyView> save,
               Consumer<AgencyView> saved) {
        boolean adding = existing == null;
        TextField code = ContractLimits.limit(new TextField("Code (lower-case words joined by hyphens, cannot change later)"),
                AgencyRequest.class, "code");
        code.setId("agency-code");
        code.setVisible(adding);
        TextField name = ContractLimits.limit(new TextField("Name"), AgencyRequest.class, "name");
        name.setId("agency-name");
        Select<String> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setId("agency-kind");
        kind.setItems(AGENCY_KINDS);
        kind.setItemLabelGenerator(RoleNames::readable);
        Checkbox statutory = new Checkbox("Statutory partner");
        statutory.setId("agency-statutory");
        DatePicker compact = Dates.picker("Compact signed on (leave empty if not signed)", AgencyRequest.class, "compactSignedOn", clock);
        compact.setId("agency-compact");
        TextField reason = ContractLimits.limit(new TextField("Reason for the change (optional, kept in the history)"),
                AgencyRequest.class, "reason");
        reason.setId("agency-reason");

        Binder<Values> binder = FormFeedback.binder();
        if (adding) {
            binder.forField(code).asRequired("Give the agency a code, e.g. 'greater-manchester-police'.")
                    .withValidator(value -> !value.isBlank(), "Give the agency a code, e.g. 'greater-manchester-police'.")
                    .bind(v -> v.code, (v, value) -> v.code = value);
        }
        binder.forField(name).asRequired("Give the agency's name.")
                .withValidator(value -> !value.isBlank(), "Give the agency's name.")
                .bind(v -> v.name, (v, value) -> v.name = value);
        binder.forField(kind).bind(v -> v.kind, (v, value) -> v.kind = value);
        binder.forField(statutory).bind(v -> v.statutory, (v, value) -> v.statutory = value);
        binder.forField(compact).bind(v -> v.compact, (v, value) -> v.compact = value);
        binder.forField(reason).bind(v -> v.reason, (v, value) -> v.reason = value);
        Values start = new Values();
        if (!adding) {
            start.name = existing.name();
            start.kind = existing.kind().name();
            start.statutory = existing.statutoryPartner();
            start.compact = existing.compactSignedOn();
        }
        binder.readBean(start);

        FormErrors errors = new FormErrors();
        Button submit = new Button(adding ? "Add agency" : "Save agency");
        submit.setId("agency-save");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            Values v = new Values();
            if (!errors.check(binder, "Check the fields marked above.") || !binder.writeBeanIfValid(v)) {
                return;
            }
            AgencyRequest request = new AgencyRequest(adding ? v.code.strip() : existing.code(), v.name.strip(), v.kind, v.statutory,
                    v.compact, MembershipEditor.blankToNull(v.reason), adding ? null : existing.version());
            AgencyView answer = errors.attemptGet(() -> save.apply(request));
            if (answer != null) {
                saved.accept(answer);
            }
        });
        Paragraph managedBy = new Paragraph(adding ? "" : "PACK".equals(existing.source())
                ? "This agency comes from the partnership pack. Once you change it, reloading the pack no longer changes it."
                : "This agency is managed by partnership admins: reloading the pack does not change it.");
        managedBy.setVisible(!adding);
        add(new H2(adding ? "Add an agency" : "Change " + existing.name()), managedBy, code, name, kind, statutory, compact,
                reason, errors, new Div(submit, editor.cancel()));
        addClassName("rh-form");
        (adding ? code : name).focus();
    }
}
