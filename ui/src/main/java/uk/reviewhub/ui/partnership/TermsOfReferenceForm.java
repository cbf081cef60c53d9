package uk.reviewhub.ui.partnership;

import com.vaadin.flow.component.Focusable;
import java.time.Clock;
import com.vaadin.flow.component.HasValidation;
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
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.RoleNames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private final TextField rrule = new TextField("Meeting pattern as a repeat rule");
    private final TextField cadenceDescription = new TextField("Meeting pattern in words");
    private final IntegerField duration = new IntegerField("Length of a meeting (minutes)");
    private final IntegerField minimumMeetings = new IntegerField("Minimum meetings a year");
    private final TextArea cadenceNotes = new TextArea("Notes on meetings");
    private final TextArea quorumDescription = new TextArea("Quorum rule in words");
    private final IntegerField minimumAgencies = new IntegerField("Minimum number of different agencies present");
    private final CheckboxGroup<String> requiredAgencyKinds = new CheckboxGroup<>("Kinds of agency that must be present");
    private final CheckboxGroup<String> requiredRoles = new CheckboxGroup<>("At least one of these roles must be present");
    private final Checkbox deputiesCount = new Checkbox("Deputies with delegated authority count towards the quorum");
    private final IntegerField apologiesFollowUpAfter =
            new IntegerField("Follow up a member's apologies after this many meetings in a row (empty: no follow-up)");
    private final List<DeadlineRow> deadlines = new ArrayList<>();
    private final List<MeasureRow> measures = new ArrayList<>();
    private final List<LinkRow> links = new ArrayList<>();
    private final Div deadlineRows = new Div();
    private final Div measureRows = new Div();
    private final Div linkRows = new Div();
    private final DatePicker lastReviewed;
    private final DatePicker reviewDue;
    private final FormErrors errors = new FormErrors();

    /** One deadline's fields; its code is fixed once saved (meetings read it by code). */
    private record DeadlineRow(Div row, TextField code, TextField label, IntegerField workingDays, Select<String> direction,
                               Button remove) {
        void number(int n) {
            code.setLabel("Deadline " + n + ": code");
            label.setLabel("Deadline " + n + ": label");
            workingDays.setLabel("Deadline " + n + ": working days");
            direction.setLabel("Deadline " + n + ": before or after the meeting");
            remove.setText("Remove deadline " + named(label.getValue(), n));
        }
    }

    private record MeasureRow(Div row, TextField code, TextField label, IntegerField target, Button remove) {
        void number(int n) {
            code.setLabel("Performance measure " + n + ": code");
            label.setLabel("Performance measure " + n + ": label");
            target.setLabel("Performance measure " + n + ": target (per cent)");
            remove.setText("Remove performance measure " + named(label.getValue(), n));
        }
    }

    private record LinkRow(Div row, TextField text, Button remove) {
        void number(int n) {
            text.setLabel("Link " + n);
            remove.setText("Remove link " + named(text.getValue(), n));
        }
    }

    TermsOfReferenceForm(TermsOfReferenceView terms, List<String> agencyKinds, Clock clock,
                         Function<TermsOfReferenceUpdate, TermsOfReferenceState> save, Consumer<TermsOfReferenceState> saved) {
        lastReviewed = Dates.picker("Last reviewed", TermsOfReferenceUpdate.class, "lastReviewedOn", clock);
        reviewDue = Dates.picker("Due for review", TermsOfReferenceUpdate.class, "reviewDueOn", clock);
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
            area.setMaxLength(2000); // the pack schema's text (tenants/pack.schema.json)
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
        minimumAgencies.setMin(1); // the pack schema's bounds: 1 to 50, and no more than the partnership's agencies
        minimumAgencies.setMax(50);
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
        apologiesFollowUpAfter.setValue(quorum.apologiesFollowUpAfter());
        apologiesFollowUpAfter.setMin(2);
        apologiesFollowUpAfter.setMax(12);
        add(new H3("Quorum"), quorumDescription, minimumAgencies, requiredAgencyKinds, requiredRoles, deputiesCount,
                apologiesFollowUpAfter);

        add(new H3("Deadlines"),
                new Paragraph("Meetings read their deadlines by code: agenda-items, papers-published and minutes-circulated. "
                        + "Remove one and its meetings show \"no deadline set\" for it. A code is lower-case words joined by "
                        + "hyphens, used once; an existing deadline keeps its code."),
                deadlineRows);
        terms.deadlines().forEach(d -> addDeadline(d, false));
        Button addDeadline = new Button("Add a deadline", event -> addDeadline(null, true));
        addDeadline.setId("terms-of-reference-add-deadline");
        add(addDeadline);

        add(new H3("Performance targets"),
                new Paragraph("Meetings' performance is reported by measure code, e.g. planned-meetings-held, quorate, "
                        + "minutes-circulated. Remove one and it is no longer reported against a target. Leave a target "
                        + "empty for \"always\" (100%)."),
                measureRows);
        terms.performanceMeasures().forEach(m -> addMeasure(m, false));
        Button addMeasure = new Button("Add a performance measure", event -> addMeasure(null, true));
        addMeasure.setId("terms-of-reference-add-measure");
        add(addMeasure);

        add(new H3("Links"), new Paragraph("Other groups and work these terms link to, in words."), linkRows);
        terms.links().forEach(link -> addLink(link, false));
        Button addLink = new Button("Add a link", event -> addLink(null, true));
        addLink.setId("terms-of-reference-add-link");
        add(addLink);

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
            } else {
                markFields(errors.getText());
            }
        });
        submit.setId("terms-of-reference-save");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(errors, submit);
    }

    /** A problem the backend names by its field, e.g. "The purpose (purpose): must not be blank.". */
    private static final Pattern NAMED_FIELD = Pattern.compile("\\(([a-zA-Z]+(?:\\[\\d+])?(?:\\.[a-zA-Z]+(?:\\[\\d+])?)?)\\): ");

    /**
     * Puts each problem of the backend's answer that names a field (the pack's rules name every one
     * in the API's words) on that field, and moves the focus to the first; the whole answer stays
     * in the form's error area too.
     */
    void markFields(String detail) {
        List<HasValidation> all = new ArrayList<>(List.of(purpose, functions, reportingLine, rrule, cadenceDescription, duration,
                minimumMeetings, cadenceNotes, quorumDescription, minimumAgencies, requiredAgencyKinds, requiredRoles,
                apologiesFollowUpAfter, lastReviewed, reviewDue));
        deadlines.forEach(d -> all.addAll(List.of(d.code(), d.label(), d.workingDays(), d.direction())));
        measures.forEach(m -> all.addAll(List.of(m.code(), m.label(), m.target())));
        links.forEach(l -> all.add(l.text()));
        all.forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        if (detail == null) {
            return;
        }
        Matcher m = NAMED_FIELD.matcher(detail);
        List<MatchResult> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.toMatchResult());
        }
        HasValidation first = null;
        for (int i = 0; i < found.size(); i++) {
            MatchResult at = found.get(i);
            int stop = detail.length();
            if (i + 1 < found.size()) {
                int sentenceEnd = detail.lastIndexOf(". ", found.get(i + 1).start());
                stop = sentenceEnd >= at.end() ? sentenceEnd + 1 : found.get(i + 1).start();
            }
            String reason = detail.substring(at.end(), stop).strip();
            HasValidation field = field(at.group(1));
            if (field != null && !reason.isEmpty()) {
                field.setErrorMessage(Character.toUpperCase(reason.charAt(0)) + reason.substring(1));
                field.setInvalid(true);
                first = first == null ? field : first;
            }
        }
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /** The form's field for a field of the API (e.g. {@code deadlines[1].code}), or null. */
    private HasValidation field(String path) {
        Matcher row = Pattern.compile("(deadlines|performanceMeasures|links|functions)\\[(\\d+)](?:\\.(\\w+))?").matcher(path);
        if (row.matches()) {
            int i = Integer.parseInt(row.group(2));
            String part = row.group(3) == null ? "" : row.group(3);
            return switch (row.group(1)) {
                case "functions" -> functions;
                case "links" -> i < links.size() ? links.get(i).text() : null;
                case "deadlines" -> i >= deadlines.size() ? null : switch (part) {
                    case "code" -> deadlines.get(i).code();
                    case "label" -> deadlines.get(i).label();
                    case "workingDays" -> deadlines.get(i).workingDays();
                    case "direction" -> deadlines.get(i).direction();
                    default -> null;
                };
                default -> i >= measures.size() ? null : switch (part) {
                    case "code" -> measures.get(i).code();
                    case "label" -> measures.get(i).label();
                    case "targetPercent" -> measures.get(i).target();
                    default -> null;
                };
            };
        }
        String top = path.replaceAll("\\[\\d+]$", "");
        return switch (top) {
            case "purpose" -> purpose;
            case "functions" -> functions;
            case "reportingLine" -> reportingLine;
            case "cadence.rrule" -> rrule;
            case "cadence.description" -> cadenceDescription;
            case "cadence.durationMinutes" -> duration;
            case "cadence.minimumMeetingsPerYear" -> minimumMeetings;
            case "cadence.notes" -> cadenceNotes;
            case "quorum.description" -> quorumDescription;
            case "quorum.minimumDistinctAgencies" -> minimumAgencies;
            case "quorum.requiredAgencyKinds" -> requiredAgencyKinds;
            case "quorum.requiredAnyOfRoles" -> requiredRoles;
            case "quorum.apologiesFollowUpAfter" -> apologiesFollowUpAfter;
            case "lastReviewedOn" -> lastReviewed;
            case "reviewDueOn" -> reviewDue;
            default -> null;
        };
    }

    TermsOfReferenceUpdate update() {
        Cadence cadence = new Cadence(blankToNull(rrule.getValue()), cadenceDescription.getValue().strip(), duration.getValue(),
                minimumMeetings.getValue(), blankToNull(cadenceNotes.getValue()));
        Quorum quorum = new Quorum(quorumDescription.getValue().strip(), minimumAgencies.getValue(),
                List.copyOf(requiredAgencyKinds.getSelectedItems()), List.copyOf(requiredRoles.getSelectedItems()), deputiesCount.getValue(),
                apologiesFollowUpAfter.getValue());
        List<Deadline> newDeadlines = deadlines.stream().map(d -> new Deadline(d.code().getValue().strip(), d.label().getValue().strip(),
                d.workingDays().getValue() == null ? -1 : d.workingDays().getValue(), d.direction().getValue())).toList();
        List<PerformanceMeasure> newMeasures = measures.stream().map(m -> new PerformanceMeasure(m.code().getValue().strip(),
                m.label().getValue().strip(), m.target().getValue())).toList();
        List<String> newLinks = links.stream().map(l -> l.text().getValue().strip()).toList();
        List<String> functionLines = Arrays.stream(functions.getValue().split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        return new TermsOfReferenceUpdate(terms.version(), purpose.getValue().strip(), functionLines, blankToNull(reportingLine.getValue()),
                cadence, quorum, newDeadlines, newMeasures, newLinks, lastReviewed.getValue(), reviewDue.getValue());
    }

    private void addDeadline(Deadline deadline, boolean focus) {
        TextField code = codeField(deadline == null ? null : deadline.code());
        TextField label = new TextField();
        label.setValue(deadline == null ? "" : orEmpty(deadline.label()));
        label.setWidthFull();
        IntegerField days = new IntegerField();
        days.setMin(0);
        days.setMax(366);
        days.setValue(deadline == null ? null : deadline.workingDays());
        Select<String> direction = new Select<>();
        direction.setItems("BEFORE", "AFTER");
        direction.setItemLabelGenerator(value -> "AFTER".equals(value) ? "After the meeting" : "Before the meeting");
        direction.setValue(deadline != null && "AFTER".equalsIgnoreCase(deadline.direction()) ? "AFTER" : "BEFORE");
        Button remove = new Button();
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div row = new Div(code, label, days, direction, remove);
        row.addClassName("rh-filters");
        DeadlineRow fields = new DeadlineRow(row, code, label, days, direction, remove);
        remove.addClickListener(event -> {
            deadlines.remove(fields);
            deadlineRows.remove(row);
            numberDeadlines();
            getElement().executeJs("document.getElementById('terms-of-reference-add-deadline')?.focus()");
        });
        label.addValueChangeListener(event -> numberDeadlines());
        deadlines.add(fields);
        deadlineRows.add(row);
        numberDeadlines();
        if (focus) {
            code.focus();
        }
    }

    private void addMeasure(PerformanceMeasure measure, boolean focus) {
        TextField code = codeField(measure == null ? null : measure.code());
        TextField label = new TextField();
        label.setValue(measure == null ? "" : orEmpty(measure.label()));
        label.setWidthFull();
        IntegerField target = new IntegerField();
        target.setMin(0);
        target.setMax(100);
        target.setValue(measure == null ? null : measure.targetPercent());
        target.setHelperText("Empty for \"always\" (100%).");
        Button remove = new Button();
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div row = new Div(code, label, target, remove);
        row.addClassName("rh-filters");
        MeasureRow fields = new MeasureRow(row, code, label, target, remove);
        remove.addClickListener(event -> {
            measures.remove(fields);
            measureRows.remove(row);
            numberMeasures();
            getElement().executeJs("document.getElementById('terms-of-reference-add-measure')?.focus()");
        });
        label.addValueChangeListener(event -> numberMeasures());
        measures.add(fields);
        measureRows.add(row);
        numberMeasures();
        if (focus) {
            code.focus();
        }
    }

    private void addLink(String link, boolean focus) {
        TextField text = new TextField();
        text.setValue(orEmpty(link));
        text.setWidthFull();
        text.setMaxLength(2000);
        Button remove = new Button();
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div row = new Div(text, remove);
        row.addClassName("rh-filters");
        LinkRow fields = new LinkRow(row, text, remove);
        remove.addClickListener(event -> {
            links.remove(fields);
            linkRows.remove(row);
            numberLinks();
            getElement().executeJs("document.getElementById('terms-of-reference-add-link')?.focus()");
        });
        text.addValueChangeListener(event -> numberLinks());
        links.add(fields);
        linkRows.add(row);
        numberLinks();
        if (focus) {
            text.focus();
        }
    }

    /** A saved code stays (meetings read it); a new row's code is typed, lower-case words joined by hyphens. */
    private static TextField codeField(String code) {
        TextField field = new TextField();
        field.setMaxLength(100);
        field.setPattern("[a-z0-9]+(-[a-z0-9]+)*");
        if (code != null) {
            field.setValue(code);
            field.setReadOnly(true);
        } else {
            field.setHelperText("For example action-log-circulated");
        }
        return field;
    }

    private void numberDeadlines() {
        for (int i = 0; i < deadlines.size(); i++) {
            deadlines.get(i).number(i + 1);
        }
    }

    private void numberMeasures() {
        for (int i = 0; i < measures.size(); i++) {
            measures.get(i).number(i + 1);
        }
    }

    private void numberLinks() {
        for (int i = 0; i < links.size(); i++) {
            links.get(i).number(i + 1);
        }
    }

    private static String named(String label, int n) {
        return label == null || label.isBlank() ? String.valueOf(n) : label.strip();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
