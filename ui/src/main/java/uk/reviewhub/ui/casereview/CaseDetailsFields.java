package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import uk.reviewhub.api.casereview.AgeBand;
import uk.reviewhub.api.casereview.CaseOrigin;
import uk.reviewhub.api.casereview.CaseRequest;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.Ethnicity;
import uk.reviewhub.api.casereview.Nature;
import uk.reviewhub.api.casereview.Sex;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.ui.shell.FormErrors;

import java.util.List;

/**
 * The fields of a referral or SIN: its dates, its nature and the minimal child data of the DfE SIN
 * statistics (no names: the local authority's case reference and initials or a pseudonym).
 */
final class CaseDetailsFields {

    final RadioButtonGroup<CaseOrigin> origin = new RadioButtonGroup<>("How the case came to the group");
    final RadioButtonGroup<Nature> nature = new RadioButtonGroup<>("Nature of the incident");
    final TextField laCaseReference = new TextField("Local authority case reference");
    final TextField childIdentifier = new TextField("Child's initials or pseudonym");
    final RadioButtonGroup<AgeBand> ageBand = new RadioButtonGroup<>("Age band");
    final RadioButtonGroup<Sex> sex = new RadioButtonGroup<>("Sex");
    final RadioButtonGroup<Ethnicity> ethnicity = new RadioButtonGroup<>("Ethnicity");
    final Checkbox lookedAfter = new Checkbox("Looked after");
    final Checkbox cpPlan = new Checkbox("Subject to a child protection plan");
    final ComboBox<AgencyView> referringAgency = new ComboBox<>("Referring agency (optional)");
    final DatePicker awareOn;
    final DatePicker notifiedOn;
    /** Shown only after the backend warned that another case has the reference: ticking it records the case anyway. */
    final Checkbox duplicateReferenceConfirmed = new Checkbox("Record it anyway: another case has this reference");

    CaseDetailsFields(List<AgencyView> agencies, Clock clock) {
        awareOn = CaseForms.date("Date the local authority became aware", CaseRequest.class, "awareOn", clock);
        notifiedOn = CaseForms.date("Date the SIN was sent to the National Panel", CaseRequest.class, "notifiedOn", clock);
        origin.setItems(CaseOrigin.values());
        origin.setItemLabelGenerator(Labels::of);
        nature.setItems(Nature.values());
        nature.setItemLabelGenerator(Labels::of);
        ageBand.setItems(AgeBand.values());
        ageBand.setItemLabelGenerator(Labels::of);
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(Labels::of);
        ethnicity.setItems(Ethnicity.values());
        ethnicity.setItemLabelGenerator(Labels::of);
        childIdentifier.setHelperText("Not the child's name.");
        ContractLimits.limit(laCaseReference, CaseRequest.class, "laCaseReference");
        ContractLimits.limit(childIdentifier, CaseRequest.class, "childIdentifier");
        referringAgency.setItems(agencies);
        referringAgency.setItemLabelGenerator(AgencyView::name);
        notifiedOn.setHelperText("Required for a SIN; leave empty for a referral not (yet) notified.");
        for (var field : List.of(origin, nature, ageBand, sex, ethnicity)) {
            field.setRequiredIndicatorVisible(true);
        }
        laCaseReference.setRequiredIndicatorVisible(true);
        childIdentifier.setRequiredIndicatorVisible(true);
        awareOn.setRequiredIndicatorVisible(true);
        duplicateReferenceConfirmed.setVisible(false);
        laCaseReference.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                duplicateReferenceConfirmed.setValue(false);
                duplicateReferenceConfirmed.setVisible(false);
            }
        });
    }

    /**
     * After a refusal: when the backend's warning is that another case has the reference, it is shown at the
     * reference and the confirmation is offered. True when it was that warning.
     */
    boolean offerDuplicateConfirmation(uk.reviewhub.ui.backend.BackendProblem problem) {
        return problem.fieldErrors().stream().filter(error -> error.field().equals("laCaseReference") && error.message().startsWith("Another case already has")).findFirst().map(error -> {
            laCaseReference.setErrorMessage(error.message());
            laCaseReference.setInvalid(true);
            duplicateReferenceConfirmed.setVisible(true);
            duplicateReferenceConfirmed.focus();
            return true;
        }).orElse(false);
    }

    List<Component> components() {
        return List.of(origin, nature, laCaseReference, duplicateReferenceConfirmed, childIdentifier, ageBand, sex, ethnicity,
                lookedAfter, cpPlan, referringAgency, awareOn, notifiedOn);
    }

    void fill(CaseView view) {
        origin.setValue(view.origin());
        nature.setValue(view.nature());
        laCaseReference.setValue(view.laCaseReference());
        childIdentifier.setValue(view.childIdentifier());
        ageBand.setValue(view.ageBand());
        sex.setValue(view.sex());
        ethnicity.setValue(view.ethnicity());
        lookedAfter.setValue(view.lookedAfter());
        cpPlan.setValue(view.cpPlan());
        referringAgency.getListDataView().getItems()
                .filter(agency -> agency.id().equals(view.referringAgencyId())).findFirst().ifPresent(referringAgency::setValue);
        awareOn.setValue(view.awareOn());
        notifiedOn.setValue(view.notifiedOn());
    }

    boolean valid() {
        return FormErrors.required(origin, "Choose referral or SIN.")
                & FormErrors.required(nature, "Choose the nature.")
                & FormErrors.required(laCaseReference, "Enter the local authority's case reference.")
                & FormErrors.required(childIdentifier, "Enter initials or a pseudonym.")
                & FormErrors.required(ageBand, "Choose the age band.")
                & FormErrors.required(sex, "Choose the sex.")
                & FormErrors.required(ethnicity, "Choose the ethnicity.")
                & FormErrors.required(awareOn, "Enter the date the local authority became aware.");
    }

    CaseRequest request(Integer version) {
        AgencyView agency = referringAgency.getValue();
        return new CaseRequest(origin.getValue(), nature.getValue(), laCaseReference.getValue().strip(),
                childIdentifier.getValue().strip(), ageBand.getValue(), sex.getValue(), ethnicity.getValue(),
                lookedAfter.getValue(), cpPlan.getValue(), agency == null ? null : agency.id(), awareOn.getValue(),
                notifiedOn.getValue(), version, duplicateReferenceConfirmed.getValue());
    }

}
