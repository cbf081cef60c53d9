package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import uk.reviewhub.api.casereview.AgeBand;
import uk.reviewhub.api.casereview.CaseOrigin;
import uk.reviewhub.api.casereview.CaseRequest;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.Ethnicity;
import uk.reviewhub.api.casereview.Nature;
import uk.reviewhub.api.casereview.Sex;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.ui.shell.FormFeedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The fields of a referral or SIN: its dates, its nature and the minimal child data of the DfE SIN
 * statistics (no names: the local authority's case reference and initials or a pseudonym).
 */
final class CaseDetailsFields {

    /** The form's values, from which the request is made with the version read. */
    static final class Values {
        CaseOrigin origin;
        Nature nature;
        String laCaseReference = "";
        String childIdentifier = "";
        AgeBand ageBand;
        Sex sex;
        Ethnicity ethnicity;
        boolean lookedAfter;
        boolean cpPlan;
        AgencyView referringAgency;
        LocalDate awareOn;
        LocalDate notifiedOn;
        boolean duplicateReferenceConfirmed;

        static Values of(CaseView view, List<AgencyView> agencies) {
            Values v = new Values();
            v.origin = view.origin();
            v.nature = view.nature();
            v.laCaseReference = CaseForms.orEmpty(view.laCaseReference());
            v.childIdentifier = CaseForms.orEmpty(view.childIdentifier());
            v.ageBand = view.ageBand();
            v.sex = view.sex();
            v.ethnicity = view.ethnicity();
            v.lookedAfter = view.lookedAfter();
            v.cpPlan = view.cpPlan();
            v.referringAgency = agencies.stream().filter(agency -> agency.id().equals(view.referringAgencyId())).findFirst().orElse(null);
            v.awareOn = view.awareOn();
            v.notifiedOn = view.notifiedOn();
            return v;
        }

        CaseRequest request(Integer version) {
            UUID agency = referringAgency == null ? null : referringAgency.id();
            return new CaseRequest(origin, nature, laCaseReference.strip(), childIdentifier.strip(), ageBand, sex, ethnicity,
                    lookedAfter, cpPlan, agency, awareOn, notifiedOn, version, duplicateReferenceConfirmed);
        }
    }

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
    private final Binder<Values> binder = FormFeedback.binder();
    private final List<AgencyView> agencies;

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
        this.agencies = agencies;
        referringAgency.setItems(agencies);
        referringAgency.setItemLabelGenerator(AgencyView::name);
        notifiedOn.setHelperText("Required for a SIN; leave empty for a referral not (yet) notified.");
        binder.forField(origin).asRequired("Choose referral or SIN.").bind(v -> v.origin, (v, value) -> v.origin = value);
        binder.forField(nature).asRequired("Choose the nature.").bind(v -> v.nature, (v, value) -> v.nature = value);
        binder.forField(laCaseReference).asRequired("Enter the local authority's case reference.")
                .bind(v -> v.laCaseReference, (v, value) -> v.laCaseReference = value);
        binder.forField(childIdentifier).asRequired("Enter initials or a pseudonym.")
                .bind(v -> v.childIdentifier, (v, value) -> v.childIdentifier = value);
        binder.forField(ageBand).asRequired("Choose the age band.").bind(v -> v.ageBand, (v, value) -> v.ageBand = value);
        binder.forField(sex).asRequired("Choose the sex.").bind(v -> v.sex, (v, value) -> v.sex = value);
        binder.forField(ethnicity).asRequired("Choose the ethnicity.").bind(v -> v.ethnicity, (v, value) -> v.ethnicity = value);
        binder.forField(lookedAfter).bind(v -> v.lookedAfter, (v, value) -> v.lookedAfter = value);
        binder.forField(cpPlan).bind(v -> v.cpPlan, (v, value) -> v.cpPlan = value);
        binder.forField(referringAgency).bind(v -> v.referringAgency, (v, value) -> v.referringAgency = value);
        binder.forField(awareOn).asRequired("Enter the date the local authority became aware.")
                .bind(v -> v.awareOn, (v, value) -> v.awareOn = value);
        binder.forField(notifiedOn).bind(v -> v.notifiedOn, (v, value) -> v.notifiedOn = value);
        binder.forField(duplicateReferenceConfirmed)
                .bind(v -> v.duplicateReferenceConfirmed, (v, value) -> v.duplicateReferenceConfirmed = value);
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
        binder.readBean(Values.of(view, agencies));
    }

    /** Checks the fields (each refused one says what is missing); true when the request may be sent. */
    boolean valid() {
        return binder.validate().isOk();
    }

    CaseRequest request(Integer version) {
        Values values = new Values();
        binder.writeBeanIfValid(values);
        return values.request(version);
    }

}
