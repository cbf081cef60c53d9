package uk.reviewhub.ui.safeguarding;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Section;
import uk.reviewhub.api.casereview.TimelineStep;
import uk.reviewhub.api.conference.PersonRef;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.RoleNames;
import uk.reviewhub.ui.shell.StatusLight;
import uk.reviewhub.ui.shell.Tables;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

/** The small pieces the safeguarding service's pages share: UK date pickers, sections, clocks in words. */
final class SafeguardingParts {

    private SafeguardingParts() {
    }

    /** A date picker for {@code field} of {@code request}: dd/MM/yyyy, weeks from Monday, the days the API takes. */
    static DatePicker date(String label, Class<? extends Record> request, String field, Clock clock) {
        return Dates.picker(label, request, field, clock);
    }

    /** The record id in a page's address; an address that names none is "not found", as a missing record is. */
    static java.util.UUID routeId(String parameter, String notFound) {
        try {
            return java.util.UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            throw new com.vaadin.flow.router.NotFoundException(notFound);
        }
    }

    static Section section(String id, String heading, Component... content) {
        Section section = new Section(new H2(heading));
        section.setId(id);
        section.add(content);
        return section;
    }

    /** A form: its heading, fields and button, kept together. */
    static Div form(String heading, Component... content) {
        Div form = new Div(new H3(heading));
        form.add(content);
        form.addClassName("rh-form");
        return form;
    }

    static void term(DescriptionList list, String term, String description) {
        list.add(new Term(term), new Description(description == null || description.isBlank() ? "Not recorded" : description));
    }

    static String name(PersonRef person) {
        return person == null ? "None allocated" : person.name();
    }

    static String yesNo(Boolean value) {
        return value == null ? "Not recorded" : value ? "Yes" : "No";
    }

    /**
     * A clock's status in words with its light (never colour alone), e.g. "Overdue (3 working days
     * late)"; a clock due soon or overdue says so first, so a list read aloud says it too.
     */
    static StatusLight status(TimelineStep step) {
        return StatusLight.forClock(step.status(), step.statusLabel());
    }

    /** Every step of a chain with its time limit, due date, actual date and status. */
    static NativeTable timeline(String caption, List<TimelineStep> steps) {
        List<List<?>> rows = steps.stream().<List<?>>map(step -> List.of(
                step.title(),
                step.rule() == null ? "–" : step.rule(),
                Dates.cell(step.dueOn()),
                Dates.cell(step.actualOn()),
                status(step))).toList();
        return Tables.of(caption, false, List.of("Step", "Time limit", "Due", "Done on", "Status"), rows);
    }

    /** A child as people in the service name them: "LCS123 (A.B.)". */
    static String child(String caseReference, String initials) {
        return caseReference + " (" + initials + ")";
    }

    static String words(Enum<?> value) {
        return value == null ? "Not recorded" : RoleNames.readable(value.name());
    }
}
