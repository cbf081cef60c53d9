package uk.reviewhub.ui.partnership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.reviewhub.api.partnership.TermsOfReferenceState;
import uk.reviewhub.api.partnership.TermsOfReferenceUpdate;
import uk.reviewhub.api.partnership.TermsOfReferenceView;
import uk.reviewhub.api.partnership.TermsOfReferenceView.Cadence;
import uk.reviewhub.api.partnership.TermsOfReferenceView.Deadline;
import uk.reviewhub.api.partnership.TermsOfReferenceView.PerformanceMeasure;
import uk.reviewhub.api.partnership.TermsOfReferenceView.Quorum;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.RoleNames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The partnership admin's form for a new version of a group's terms of reference: purpose,
 * functions, reporting line, cadence (RRULE with its description in words), quorum rule, deadlines,
 * performance targets and review dates. The backend checks it (an RRULE the schedule cannot expand
 * is refused in words) and saves it over the version read; its refusal is shown as said.
 */
class TermsOfReferenceForm extends Section {

    /** The roles a group seat can have (see the API's GroupMemberView). */
    static final List<String> GROUP_ROLES = List.of("CHAIR", "VICE_CHAIR", "MEMBER", "MINUTE_TAKER", "ADVISER");

    private final TermsOfReferenceView terms;
    private final TextArea purpose = new TextArea("Purpose");
    private final TextArea functions = new TextArea("Functions (one a line)");
    private final TextArea reportingLine = new TextArea("Reporting line");
    private final TextField rrule = new TextField("Meeting pattern (RFC 5545 RRULE)");
    private final TextField cadenceDescription = new TextField("Meeting pattern in words");
    private final IntegerField duration = new IntegerField("Length of a meeting (minutes)");
    private final IntegerField minimumMeetings = new IntegerField("Minimum meetings a year");
    private final TextArea cadenceNotes = new TextArea("Notes on meetings");
    private final TextArea quorumDescription = new TextArea("Quorum rule in words");
    private final IntegerField minimumAgencies = new IntegerField("Minimum number of different agencies present");
    private final CheckboxGroup<String> requiredAgencyKinds = new CheckboxGroup<>("Kinds of agency that must be present");
    private final CheckboxGroup<String> requiredRoles = new CheckboxGroup<>("At least one of these roles must be present");
    private final Checkbox deputiesCount = new Checkbox("Deputies with delegated authority count towards the quorum");
    private final List<DeadlineFields> deadlines = new ArrayList<>();
    private final List<IntegerField> targets = new ArrayList<>();
    private final DatePicker lastReviewed = new DatePicker("Last reviewed");
    private final DatePicker reviewDue = new DatePicker("Due for review");
    private final FormErrors errors = new FormErrors();

    private record DeadlineFields(Deadline deadline, TextField label, IntegerField workingDays, Select<String> direction) {
    }

    TermsOfReferenceForm(TermsOfReferenceView terms, List<String> agencyKinds,
                         Function<TermsOfReferenceUpdate, TermsOfReferenceState> save, Consumer<TermsOfReferenceState> saved) {
        this.terms = terms;
        setId("terms-of-reference-form");
        addClassName("rh-form");
        getStyle().set("max-width", "48rem");
        add(new H2("Edit the terms of reference"),
                new Paragraph("Saving makes version " + (terms.version() + 1) + "; version " + terms.version() + " stays in the history."));

        purpose.setValue(terms.purpose());
        functions.setValue(String.join("\n", terms.functions()));
        reportingLine.setValue(orEmpty(terms.reportingLine()));
        for (TextArea area : List.of(purpose, functions, reportingLine, cadenceNotes, quorumDescription)) {
            area.setWidthFull();
            area.setMaxLength(20_000);
        }
        add(purpose, functions, reportingLine);

        Cadence cadence = terms.cadence();
        rrule.setValue(orEmpty(cadence.rrule()));
        rrule.setHelperText("For example FREQ=MONTHLY;BYDAY=2MO (the second Monday of each month) or FREQ=WEEKLY;INTERVAL=6 "
                + "(every six weeks). Leave empty where meetings are held per case.");
        rrule.setWidthFull();
        cadenceDescription.setValue(orEmpty(cadence.description()));
        cadenceDescription.setWidthFull();
        duration.setValue(cadence.durationMinutes());
        duration.setMin(1);
        duration.setMax(1440);
        minimumMeetings.setValue(cadence.minimumMeetingsPerYear());
        minimumMeetings.setMin(0);
        cadenceNotes.setValue(orEmpty(cadence.notes()));
        add(new H3("Meetings"), rrule, cadenceDescription, duration, minimumMeetings, cadenceNotes);

        Quorum quorum = terms.quorum();
        quorumDescription.setValue(orEmpty(quorum.description()));
        minimumAgencies.setValue(quorum.minimumDistinctAgencies());
        minimumAgencies.setMin(0);
        Set<String> kinds = new LinkedHashSet<>(agencyKinds);
        kinds.addAll(quorum.requiredAgencyKinds());
        requiredAgencyKinds.setItems(kinds);
        requiredAgencyKinds.setItemLabelGenerator(RoleNames::readable);
        requiredAgencyKinds.setValue(new LinkedHashSet<>(quorum.requiredAgencyKinds()));
        Set<String> roles = new LinkedHashSet<>(GROUP_ROLES);
        roles.addAll(quorum.requiredAnyOfRoles());
        requiredRoles.setItems(roles);
        requiredRoles.setItemLabelGenerator(RoleNames::readable);
        requiredRoles.setValue(new LinkedHashSet<>(quorum.requiredAnyOfRoles()));
        deputiesCount.setValue(quorum.deputiesWithDelegatedAuthorityCount());
        add(new H3("Quorum"), quorumDescription, minimumAgencies, requiredAgencyKinds, requiredRoles, deputiesCount);

        add(new H3("Deadlines"));
        if (terms.deadlines().isEmpty()) {
            add(new Paragraph("None recorded."));
        }
        for (Deadline deadline : terms.deadlines()) {
            TextField label = new TextField("Deadline " + (deadlines.size() + 1));
            label.setValue(orEmpty(deadline.label()));
            label.setWidthFull();
            IntegerField days = new IntegerField("Working days: " + deadline.label());
            days.setMin(0);
            days.setValue(deadline.workingDays());
            Select<String> direction = new Select<>();
            direction.setLabel("Before or after the meeting: " + deadline.label());
            direction.setItems("BEFORE", "AFTER");
            direction.setItemLabelGenerator(value -> "AFTER".equals(value) ? "After the meeting" : "Before the meeting");
            direction.setValue("AFTER".equalsIgnoreCase(deadline.direction()) ? "AFTER" : "BEFORE");
            deadlines.add(new DeadlineFields(deadline, label, days, direction));
            Div row = new Div(label, days, direction);
            row.addClassName("rh-filters");
            add(row);
        }

        add(new H3("Performance targets"));
        if (terms.performanceMeasures().isEmpty()) {
            add(new Paragraph("None recorded."));
        }
        for (PerformanceMeasure measure : terms.performanceMeasures()) {
            IntegerField target = new IntegerField("Target (per cent): " + measure.label());
            target.setMin(0);
            target.setMax(100);
            target.setValue(measure.targetPercent());
            target.setHelperText("Leave empty for \"always\" (100%).");
            targets.add(target);
            add(target);
        }

        lastReviewed.setLocale(Locale.UK);
        reviewDue.setLocale(Locale.UK);
        lastReviewed.setValue(terms.lastReviewedOn());
        reviewDue.setValue(terms.reviewDueOn());
        add(new H3("Review dates"), lastReviewed, reviewDue);

        Button submit = new Button("Save as a new version", event -> {
            if (!FormErrors.required(purpose, "Describe the group's purpose.")
                    | !FormErrors.required(cadenceDescription, "Describe the meeting pattern in words.")) {
                errors.show("Check the fields marked: some are missing.");
                return;
            }
            TermsOfReferenceState result = errors.attemptGet(() -> save.apply(update()));
            if (result != null) {
                saved.accept(result);
            }
        });
        submit.setId("terms-of-reference-save");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(errors, submit);
    }

    TermsOfReferenceUpdate update() {
        Cadence cadence = new Cadence(blankToNull(rrule.getValue()), cadenceDescription.getValue().strip(), duration.getValue(),
                minimumMeetings.getValue(), blankToNull(cadenceNotes.getValue()));
        Quorum quorum = new Quorum(quorumDescription.getValue().strip(), minimumAgencies.getValue(),
                List.copyOf(requiredAgencyKinds.getSelectedItems()), List.copyOf(requiredRoles.getSelectedItems()), deputiesCount.getValue());
        List<Deadline> newDeadlines = deadlines.stream().map(d -> new Deadline(d.deadline().code(), d.label().getValue().strip(),
                d.workingDays().getValue() == null ? -1 : d.workingDays().getValue(), d.direction().getValue())).toList();
        List<PerformanceMeasure> measures = new ArrayList<>();
        for (int i = 0; i < terms.performanceMeasures().size(); i++) {
            PerformanceMeasure measure = terms.performanceMeasures().get(i);
            measures.add(new PerformanceMeasure(measure.code(), measure.label(), targets.get(i).getValue()));
        }
        List<String> functionLines = Arrays.stream(functions.getValue().split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        return new TermsOfReferenceUpdate(terms.version(), purpose.getValue().strip(), functionLines, blankToNull(reportingLine.getValue()),
                cadence, quorum, newDeadlines, measures, terms.links(), lastReviewed.getValue(), reviewDue.getValue());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
